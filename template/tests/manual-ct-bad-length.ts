// @name Manual ct - the spec's 11-character example is refused
import { mockData } from './setup.ts';

runCode({ ...mockData, consentSource: 'manual', manualCt: '01008000141' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: ct "01008000141" is not 10 hex digits starting with 00 or ff and a 0 in each vendor field');
assertApi('gtmOnFailure').wasCalled();
