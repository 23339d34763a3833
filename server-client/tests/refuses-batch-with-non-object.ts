// @name Batch holding a non-object - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('POST', {}, '[{"st":"demo"},7]');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: hit 2 is not a JSON object');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
