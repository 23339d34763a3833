// @name ct granting nothing - nothing forwarded
import { answerHttp, ctNone, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctNone }, undefined);

runCode(mockData);

assertThat(sent).isEmpty();
assertApi('setResponseStatus').wasCalledWith(204);
