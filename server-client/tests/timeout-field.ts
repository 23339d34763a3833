// @name Timeout field - passed to every forward; an unusable value falls back to 2000 ms
import { answerHttp, ctAll, dataWith, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctAll }, undefined);
const data = dataWith({ timeout: '500' });
runCode(data);
data.timeout = 'soon';
runCode(data);

assertThat([sent[0].timeout, sent[1].timeout, sent[2].timeout, sent[3].timeout]).isEqualTo([500, 500, 2000, 2000]);
