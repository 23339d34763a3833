// @name TCF - cmpuishown alone measures nothing and keeps the tag waiting (within the banner wait)
import { ALL, clock, mockData, tcData, tcfEvent } from './setup.ts';

// The clock moves, so the banner wait (5000 ms) ends after the assertions, when the scenario settles.
clock.tick = 100;
runCode(mockData);
tcfEvent(tcData('cmpuishown', ALL, [730, 785]), true);

assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('setCookie').wasNotCalled();
assertApi('gtmOnSuccess').wasNotCalled();
assertApi('gtmOnFailure').wasNotCalled();
