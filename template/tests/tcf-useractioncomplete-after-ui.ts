// @name TCF - cmpuishown waits, useractioncomplete measures
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('cmpuishown', [], []), true);
assertApi('gtmOnSuccess').wasNotCalled();
assertApi('setCookie').wasNotCalled();
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('gtmOnSuccess').wasCalled();
