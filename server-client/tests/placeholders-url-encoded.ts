// @name Hit values are URL-encoded into placeholders and query parameters
import { answerHttp, dataWith, request, tcCrmOnly, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', cp: 'a/b?c=d&e#f', co: 'x y', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
// A placeholder used twice takes the value twice; the endpoint has a query, so the fields not placed follow with '&'.
const data = dataWith({ routes: [{ label: 'Paths', vendorId: '4242', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/p/{cp}/{cp}?site={st}', method: 'GET', fields: 'st,cp,co' }] });

runCode(data);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/p/a%2Fb%3Fc%3Dd%26e%23f/a%2Fb%3Fc%3Dd%26e%23f?site=demo&co=x%20y']);
