// @name Server hit - a failed hit ends the tag with gtmOnFailure
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

page.pixelsFail = true;
runCode({ ...mockData, sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' });
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertApi('logToConsole').wasCalledWith('INFOnline measurement: the hit to https://sgtm.example.de/iom failed');
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
