// @name Bad fields - a server URL that is not https fails
import { mockData } from './setup.ts';

runCode({ ...mockData, sendToServer: true, serverUrl: 'http://sgtm.example.de/iom' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad server container URL: "http://sgtm.example.de/iom"');
assertApi('gtmOnFailure').wasCalled();
