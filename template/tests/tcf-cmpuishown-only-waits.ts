// @name TCF - cmpuishown alone measures nothing and keeps the tag waiting for the banner wait, not restarted by a repeat
import { ALL, mockData, tcData, tcfEvent, wait } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('cmpuishown', ALL, [730, 785]), true);
// A second cmpuishown (the CMP repeats it) does not restart the banner wait of 5000 ms.
wait(4000);
tcfEvent(tcData('cmpuishown', ALL, [730, 785]), true);
wait(999);

assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('setCookie').wasNotCalled();
assertApi('gtmOnSuccess').wasNotCalled();
assertApi('gtmOnFailure').wasNotCalled();

// At 5000 ms after the first cmpuishown the banner wait ends.
wait(1);
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('gtmOnSuccess').wasCalled();
