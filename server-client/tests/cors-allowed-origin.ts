// @name Hit from an allowed origin - CORS headers name that origin
import { answerHttp, mockData, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo' }, undefined);

runCode(mockData);

assertApi('setResponseHeader').wasCalledWith('access-control-allow-origin', 'https://www.example.com');
assertApi('setResponseHeader').wasCalledWith('vary', 'Origin');
assertApi('setResponseHeader').wasNotCalledWith('access-control-allow-methods', 'GET, POST');
