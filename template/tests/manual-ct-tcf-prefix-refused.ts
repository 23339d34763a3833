// @name Manual ct - the 01 prefix belongs to a TCF CMP and is refused
import { mockData } from './setup.ts';

runCode({ ...mockData, consentSource: 'manual', manualCt: '0100810141' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: ct "0100810141" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear');
assertApi('gtmOnFailure').wasCalled();
assertApi('callInWindow').wasNotCalled();
