// @name Outside debug mode - nothing is logged
import { answerHttp, ctAll, mockData, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo', ct: ctAll }, undefined);

runCode(mockData);

assertApi('logToConsole').wasNotCalled();
