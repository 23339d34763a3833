// @name Bad fields - a site id with other characters fails before anything is sent
import { mockData } from './setup.ts';

runCode({ ...mockData, st: 'de mo' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad site id: "de mo"');
assertApi('gtmOnFailure').wasCalled();
assertApi('callInWindow').wasNotCalled();
assertApi('setCookie').wasNotCalled();
