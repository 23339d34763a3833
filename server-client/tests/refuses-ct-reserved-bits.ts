// @name ct with bits that carry nothing - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: '01f0000000' }, undefined);

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: ct is malformed (ct-reserved-bits)');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
