// @name OPTIONS from an allowed origin - 204 with CORS preflight headers, nothing forwarded
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('OPTIONS', {}, undefined);

runCode(mockData);

assertApi('setResponseHeader').wasCalledWith('access-control-allow-origin', 'https://www.example.com');
assertApi('setResponseHeader').wasCalledWith('access-control-allow-methods', 'GET, POST');
assertApi('setResponseHeader').wasCalledWith('access-control-allow-headers', 'content-type');
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
