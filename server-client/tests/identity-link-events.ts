// @name Identity - link events - sent to the vendor only when both identifiers of the pair were attached for it
import { answerHttp, dataWith, debugMode, forwards, identityData, linkedVisitor, tcLinkAll, tcLinkNoPurpose9, tcLinkOld } from './setup.ts';

const cases: { tcString: string; link: string[]; log: string }[] = [
  { tcString: tcLinkAll, link: ['https://de.ioam.de/link {"event":"link","ga_id":"GA1.1.111.222","crm_id":"C-42"}'], log: 'sent: ga_id, crm_id both attached' },
  { tcString: tcLinkOld, link: [], log: 'not sent: not attached for this vendor: crm_id' },
  { tcString: tcLinkNoPurpose9, link: [], log: 'not sent: not attached for this vendor: ga_id, crm_id' },
];

const data = dataWith({
  routes: identityData.routes,
  agofEndpoint: '',
  identifiers: [
    { name: 'ga_id', source: 'cookie', key: '_ga', vendors: '4242', purposes: '1,9', customPurpose: '', validFrom: '2025-01-01' },
    { name: 'crm_id', source: 'body', key: 'crm_id', vendors: '4242,4243', purposes: '1,9', customPurpose: '', validFrom: '2026-02-01' },
  ],
  linkEvents: [{ label: 'GA-CRM', first: 'ga_id', second: 'crm_id', vendorId: '4242', endpoint: 'https://de.ioam.de/link' }],
});
debugMode();
for (const entry of cases) {
  const sent = answerHttp(200);
  linkedVisitor(entry.tcString);
  runCode(data);
  assertThat(forwards(sent).filter((line) => line.indexOf('/link') !== -1)).isEqualTo(entry.link);
  assertApi('logToConsole').wasCalledWith('iom client: hit 1: link GA-CRM (4242) ' + entry.log);
}
