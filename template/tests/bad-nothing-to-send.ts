// @name Bad fields - no tag and no server container fails
import { mockData } from './setup.ts';

runCode({ ...mockData, tagType: 'none' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad choice: no tag and no server container: "none"');
assertApi('gtmOnFailure').wasCalled();
