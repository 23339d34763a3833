// @name TC string grants all, ct only 730 - agof gets nothing, the CRM (not in ct) follows the TC string
import { answerHttp, ctInfonlineOnly, mockData, request, tcAll, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctInfonlineOnly, gdpr: '1', gdpr_consent: tcAll }, undefined);

runCode(mockData);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810000', 'https://de.ioam.de/crm']);
