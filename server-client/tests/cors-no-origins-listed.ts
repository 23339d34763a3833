// @name No origins listed - the Origin header is not read and no CORS headers are sent
import { answerHttp, ctAll, dataWith, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo', ct: ctAll }, undefined);
mock('getRequestHeader', (name: string) => (name === 'origin' ? 'https://www.example.com' : undefined));

runCode(dataWith({ allowedOrigins: '' }));

assertApi('getRequestHeader').wasNotCalled();
assertApi('setResponseHeader').wasNotCalled();
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
