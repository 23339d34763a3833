// @name Other methods on the path - not claimed
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('PUT', { st: 'demo' }, undefined);

runCode(mockData);

assertApi('claimRequest').wasNotCalled();
assertApi('returnResponse').wasNotCalled();
assertThat(sent).isEmpty();
