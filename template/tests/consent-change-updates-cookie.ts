// @name Consent change - rewrites the cookie, no second page view
import { ALL, clock, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('tcloaded', [], []), true);
clock.now = clock.now + 60000;
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);

assertApi('setCookie').wasCalledWith('iom_consent', '0100000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('setCookie').wasCalledWith('iom_consent', '0100810141&1767225660000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('logToConsole').wasCalledWith('INFOnline measurement: consent changed to 0100810141');
assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
