// @name Default routes off - only the routing table is used
import { answerHttp, ctAll, dataWith, request, tcAll, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcAll }, undefined);
const data = dataWith({ useDefaultRoutes: false });

runCode(data);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
