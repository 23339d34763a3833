// @name Malformed TC string - 400 naming the TC error
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: 'C!!' }, undefined);

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: gdpr_consent is malformed (tc-character)');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
