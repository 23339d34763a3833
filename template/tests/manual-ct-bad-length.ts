// @name Manual ct - the spec's 11-character example is refused
import { mockData } from './setup.ts';

runCode({ ...mockData, consentSource: 'manual', manualCt: '01008000141' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: ct "01008000141" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear');
assertApi('gtmOnFailure').wasCalled();
