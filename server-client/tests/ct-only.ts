// @name ct only - INFOnline gets the hit, agof (no purposes) and the CRM (not in ct) do not
import { answerHttp, ctInfonlineOnly, mockData, request, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctInfonlineOnly }, undefined);

runCode(mockData);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810000']);
