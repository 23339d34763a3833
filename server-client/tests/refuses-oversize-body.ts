// @name POST body over 16384 characters - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
let padding = '';
for (let i = 0; i < 1640; i++) padding = padding + '0123456789';
request('POST', {}, '{"st":"demo","co":"' + padding + '"}');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: the body exceeds 16384 characters');
assertThat(sent).isEmpty();
