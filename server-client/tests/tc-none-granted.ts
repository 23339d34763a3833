// @name TC string granting nothing - nothing forwarded even with a generous ct
import { answerHttp, ctAll, mockData, request, tcNone } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcNone }, undefined);

runCode(mockData);

assertThat(sent).isEmpty();
