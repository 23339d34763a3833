// @name TCF - success false: measured once with 01 and zeros
import { mockData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(null, false);
tcfEvent(null, false);

assertApi('logToConsole').wasCalledWith('INFOnline measurement: measured with ct 0100000000, sv ke');
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
