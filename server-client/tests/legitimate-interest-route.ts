// @name A route on legitimate interest needs the vendor LI signal, not consent
import { answerHttp, dataWith, request, tcCrmOnly } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
const data = dataWith({ useDefaultRoutes: false, routes: [{ label: 'Stats', vendorId: '4242', purposes: '1,8', legalBasis: 'legitimateInterest', endpoint: 'https://de.ioam.de/s', method: 'GET', fields: 'st' }] });

runCode(data);

assertThat(sent).isEmpty();
