// @name No CMP - waits the configured time, then measures with 0000000000
import { cmp, mockData, wait } from './setup.ts';

cmp.present = false;
runCode(mockData);
wait(499);
assertApi('gtmOnSuccess').wasNotCalled();
wait(1);

assertApi('logToConsole').wasCalledWith('INFOnline measurement: no CMP within 500 ms');
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0000000000' });
assertApi('callInWindow').wasNotCalledWith('__tcfapi', 'addEventListener', 2);
assertApi('gtmOnSuccess').wasCalled();
