// @name TCF - tcloaded with all consent measures once through the Measurement Manager
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
assertApi('gtmOnSuccess').wasNotCalled();
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertThat(page.scripts).isEqualTo(['https://data-0123456789.example.de/iomm/latest/bootstrap/loader.js']);
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'in' });
assertApi('setCookie').wasCalledWith('iom_consent', '0100810141&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
