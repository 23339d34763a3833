// @name Missing st - 400, nothing forwarded
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { cp: 'home' }, undefined);

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: st is missing');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
