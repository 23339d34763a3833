// @name POST body that is not JSON - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('POST', {}, '{"st":');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: the body is not a JSON object or array');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
