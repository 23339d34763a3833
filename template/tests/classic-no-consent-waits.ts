// @name Legal basis consent - without consent the classic tag is not loaded
import { mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic' });
tcfEvent(tcData('tcloaded', [8], [730]), true);

assertThat(page.scripts).isEqualTo([]);
assertApi('logToConsole').wasCalledWith('INFOnline measurement: no consent for the pseudonymous measurement: iam.js not loaded');
assertApi('setCookie').wasCalledWith('iom_consent', '0100800000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('gtmOnSuccess').wasCalled();
