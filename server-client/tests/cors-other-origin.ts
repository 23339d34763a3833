// @name Hit from an origin not listed - answered without CORS headers
import { answerHttp, ctAll, mockData, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo', ct: ctAll }, undefined);
mock('getRequestHeader', (name: string) => (name === 'origin' ? 'https://evil.example' : undefined));

runCode(mockData);

assertApi('setResponseHeader').wasNotCalled();
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
