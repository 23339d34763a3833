// @name POST hit with a number where a string belongs - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('POST', {}, '{"st":"demo","gdpr":1}');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: gdpr is not a string');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
