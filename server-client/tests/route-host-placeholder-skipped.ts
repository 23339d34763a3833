// @name A route whose host has a placeholder is skipped - the hit never chooses the host
import { answerHttp, dataWith, mockData, request, tcCrmOnly, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'evil.example', gdpr: '1', gdpr_consent: tcCrmOnly, uid: 'u-1' }, undefined);
const data = dataWith({ routes: mockData.routes.concat([
  { label: 'Forged', vendorId: '4242', purposes: '1', legalBasis: 'consent', endpoint: 'https://{st}/x', method: 'GET', fields: 'st' },
]) });

runCode(data);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
