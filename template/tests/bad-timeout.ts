// @name Bad fields - a CMP wait that is not a number fails
import { mockData } from './setup.ts';

runCode({ ...mockData, tcfTimeout: 'soon' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: CMP wait "soon" must be 0 to 10000 ms');
assertApi('gtmOnFailure').wasCalled();
