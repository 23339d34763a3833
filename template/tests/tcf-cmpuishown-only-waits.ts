// @name TCF - cmpuishown alone measures nothing and keeps the tag waiting
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('cmpuishown', ALL, [730, 785]), true);

assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('setCookie').wasNotCalled();
assertApi('gtmOnSuccess').wasNotCalled();
assertApi('gtmOnFailure').wasNotCalled();
