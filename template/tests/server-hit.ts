// @name Server hit - carries st, cp, co, ct, sv, the TC string, page and consent time
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'none', sendToServer: true, serverUrl: 'https://sgtm.example.de/iom', co: 'a&b c' });
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertThat(page.scripts).isEqualTo([]);
assertThat(page.pixels).isEqualTo([
  'https://sgtm.example.de/iom?st=demo&cp=home&co=a%26b%20c&ct=0100810141&sv=in&gdpr=1&gdpr_consent=TC-tcloaded&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000',
]);
assertApi('gtmOnSuccess').wasCalled();
