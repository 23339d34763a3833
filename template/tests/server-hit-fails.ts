// @name Server hit - an answer without an image (the client's 204) is logged, the tag still succeeds
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

page.pixelsFail = true;
runCode({ ...mockData, sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' });
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertApi('logToConsole').wasCalledWith('INFOnline measurement: no image from https://sgtm.example.de/iom (204 or failed)');
assertApi('gtmOnSuccess').wasCalled();
assertApi('gtmOnFailure').wasNotCalled();
