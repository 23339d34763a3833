// @name cp longer than 255 characters - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
let long = '';
for (let i = 0; i < 256; i++) long = long + 'x';
request('GET', { st: 'demo', cp: long }, undefined);

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: cp is longer than 255 characters');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
