// @name Batch of 21 hits - 400, the bound is 20
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
const hits: string[] = [];
for (let i = 0; i < 21; i++) hits.push('{"st":"demo"}');
request('POST', {}, '[' + hits.join(',') + ']');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: the batch has more than 20 hits');
assertThat(sent).isEmpty();
