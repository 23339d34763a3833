// @name Consent change - with updates on, INFOnline and the server get the new ct
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, onConsentChange: 'update', sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' });
tcfEvent(tcData('tcloaded', [], []), true);
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertThat(page.pixels).isEqualTo([
  'https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100000000&sv=ke&gdpr=1&gdpr_consent=TC-tcloaded&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000',
  'https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100810141&sv=in&gdpr=1&gdpr_consent=TC-useractioncomplete&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000&ev=consent',
]);
