// @name Debug mode - a refused hit is logged with its reason
import { answerHttp, mockData, request } from './setup.ts';

answerHttp(200);
mock('getContainerVersion', { containerId: 'GTM-TEST', debugMode: true, environmentName: '', environmentMode: false, previewMode: true, version: '1' });
request('GET', { cp: 'home' }, undefined);

runCode(mockData);

assertApi('logToConsole').wasCalledWith('iom client: refused: st is missing');
