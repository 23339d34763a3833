// @name Survey - agof consent without purpose 9 forces sv ke
import { mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('tcloaded', [1, 7, 8], [730, 785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810041' });
assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
