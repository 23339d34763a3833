// @name Bad fields - a cookie lifetime over 4 weeks fails
import { mockData } from './setup.ts';

runCode({ ...mockData, cookieDays: '30' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: cookie lifetime "30" must be 1 to 28 days');
assertApi('gtmOnFailure').wasCalled();
