// @name Logs the configured measurement and succeeds
import { mockData } from './setup.ts';

runCode(mockData);

assertApi('logToConsole').wasCalledWith('INFOnline measurement:', { st: 'demo', cp: 'home', co: 'minimal template' });
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
