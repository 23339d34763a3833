// @name TCF - cmpStatus error is not a consent: 01 and zeros
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('tcloaded', ALL, [730, 785], { cmpStatus: 'error' }), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('gtmOnSuccess').wasCalled();
