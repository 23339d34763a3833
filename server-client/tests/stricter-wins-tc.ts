// @name ct grants 730 and 785, TC string only 730 - the stricter wins per vendor
import { answerHttp, ctAll, mockData, request, tcInfonlineOnly, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcInfonlineOnly }, undefined);

runCode(mockData);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810141']);
