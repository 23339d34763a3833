// @name TC string only (gdpr=1) - only the vendor it grants
import { answerHttp, mockData, request, tcCrmOnly, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcCrmOnly, uid: 'u-1' }, undefined);

runCode(mockData);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
