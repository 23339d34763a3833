// @name Referrer that is not a URL - 400
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ref: 'not a url' }, undefined);

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: ref is not an http(s) URL');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
