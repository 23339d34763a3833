// @name Fails without a site id
import { mockData } from './setup.ts';

runCode({ ...mockData, st: '' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: no site id (st) configured; nothing measured');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
