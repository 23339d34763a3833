// @name Other paths - not claimed, no response
import { answerHttp, mockData } from './setup.ts';

const sent = answerHttp(200);
mock('getRequestPath', '/collect');
mock('getRequestMethod', 'GET');

runCode(mockData);

assertApi('claimRequest').wasNotCalled();
assertApi('returnResponse').wasNotCalled();
assertThat(sent).isEmpty();
