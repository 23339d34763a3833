// @name TCF - gdprApplies unknown is not "GDPR does not apply": no classic tag
import { mockData, page, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic', sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' });
tcfEvent({ eventStatus: 'tcloaded', cmpStatus: 'loaded', listenerId: 0, tcString: 'TC' }, true);

assertThat(page.scripts).isEqualTo([]);
assertThat(page.pixels).isEqualTo([
  'https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100000000&sv=ke&gdpr=&gdpr_consent=TC&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000',
]);
assertApi('gtmOnSuccess').wasCalled();
