// @name Bad fields - a CMP wait that is not a number fails
import { mockData } from './setup.ts';

runCode({ ...mockData, tcfTimeout: 'soon' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad CMP wait: "soon"');
assertApi('gtmOnFailure').wasCalled();
