// @name TCF - reject all sends 01 and zeros with the survey off
import { mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('useractioncomplete', [], []), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
assertApi('setCookie').wasCalledWith('iom_consent', '0100000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('gtmOnSuccess').wasCalled();
