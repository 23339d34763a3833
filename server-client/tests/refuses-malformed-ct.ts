// @name Malformed ct - 400 naming the ct error
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: '01008101' }, undefined);

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: ct is malformed (ct-length)');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
