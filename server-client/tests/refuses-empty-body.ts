// @name POST without a body - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('POST', {}, '');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: the body is empty');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
