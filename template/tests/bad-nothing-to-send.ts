// @name Bad fields - no tag and no server container fails
import { mockData } from './setup.ts';

runCode({ ...mockData, tagType: 'none' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: nothing to send: choose an INFOnline tag or the server container');
assertApi('gtmOnFailure').wasCalled();
