// @name Manual ct - a valid ff string is sent as it is (lower case)
import { mockData } from './setup.ts';

runCode({ ...mockData, consentSource: 'manual', manualCt: 'FF00810141' });

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810141' });
assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'in' });
assertApi('callInWindow').wasNotCalledWith('__tcfapi', 'addEventListener', 2);
assertApi('gtmOnSuccess').wasCalled();
