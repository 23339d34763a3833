// @name Debug mode - each routing decision is logged
import { answerHttp, ctInfonlineOnly, mockData, request } from './setup.ts';

answerHttp(200);
mock('getContainerVersion', { containerId: 'GTM-TEST', debugMode: true, environmentName: '', environmentMode: false, previewMode: true, version: '1' });
request('GET', { st: 'demo', ct: ctInfonlineOnly }, undefined);

runCode(mockData);

assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) forwarded: all needed purposes granted; granted [1,8]');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: agof (785) not forwarded: purposes not granted: 1,7,9; granted []');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) not forwarded: no consent signal for this vendor; granted []');
assertApi('logToConsole').wasCalledWith('iom client: forward to INFOnline: sent 200');
