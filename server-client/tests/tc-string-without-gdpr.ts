// @name TC string without gdpr - GDPR applicability unknown, nothing forwarded
import { answerHttp, mockData, request, tcAll } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr_consent: tcAll }, undefined);

runCode(mockData);

assertThat(sent).isEmpty();
