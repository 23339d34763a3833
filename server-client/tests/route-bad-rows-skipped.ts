// @name Rows with an unknown field, a bad purpose or no GVL id are skipped; good rows still route
import { answerHttp, dataWith, mockData, request, tcCrmOnly, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
const data = dataWith({ routes: mockData.routes.concat([
  { label: 'A', vendorId: '4242', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/a', method: 'GET', fields: 'st,email' },
  { label: 'B', vendorId: '4242', purposes: '12', legalBasis: 'consent', endpoint: 'https://de.ioam.de/b', method: 'GET', fields: 'st' },
  { label: 'C', vendorId: 'x', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/c', method: 'GET', fields: 'st' },
  { label: 'D', vendorId: '4242', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/d?x={uid}', method: 'GET', fields: 'st' },
]) });

runCode(data);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
