// @name Survey - agof with purpose 9 keeps the configured mode i2
import { mockData, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, sv: 'i2' });
tcfEvent(tcData('tcloaded', [1, 9], [785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000101' });
assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'i2' });
