// @name Bad fields - a server URL that is not https fails
import { mockData } from './setup.ts';

runCode({ ...mockData, sendToServer: true, serverUrl: 'http://sgtm.example.de/iom' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: server container URL "http://sgtm.example.de/iom" must be https:// without query');
assertApi('gtmOnFailure').wasCalled();
