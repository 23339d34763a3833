// @name Hit values are URL-encoded into placeholders and query parameters
import { answerHttp, dataWith, request, tcCrmOnly, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', cp: 'a/b?c=d&e#f', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
const data = dataWith({ routes: [{ label: 'Paths', vendorId: '4242', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/p/{cp}?site={st}', method: 'GET', fields: 'st,cp,co' }] });

runCode(data);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/p/a%2Fb%3Fc%3Dd%26e%23f?site=demo']);
