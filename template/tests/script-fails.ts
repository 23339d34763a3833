// @name Tag script - a loader that does not load ends the tag with gtmOnFailure
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

page.scriptsFail = true;
runCode(mockData);
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertApi('logToConsole').wasCalledWith('INFOnline measurement: the INFOnline script could not be loaded');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
