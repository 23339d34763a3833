// @name gdpr=0 with a TC string - no TCF grant, nothing forwarded
import { answerHttp, mockData, request, tcAll } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '0', gdpr_consent: tcAll }, undefined);

runCode(mockData);

assertThat(sent).isEmpty();
