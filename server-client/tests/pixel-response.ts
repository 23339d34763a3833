// @name Response type pixel - accepted hits get the 1x1 GIF
import { answerHttp, dataWith, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo' }, undefined);
const data = dataWith({ responseType: 'pixel' });

runCode(data);

assertApi('setPixelResponse').wasCalled();
assertApi('setResponseStatus').wasNotCalled();
assertApi('returnResponse').wasCalled();
