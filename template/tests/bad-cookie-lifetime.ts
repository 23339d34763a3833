// @name Bad fields - a cookie lifetime over 4 weeks fails
import { mockData } from './setup.ts';

runCode({ ...mockData, cookieDays: '30' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad cookie lifetime: "30"');
assertApi('gtmOnFailure').wasCalled();
