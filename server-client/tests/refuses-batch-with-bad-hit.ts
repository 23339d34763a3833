// @name Batch with one bad hit - 400 naming the hit, nothing forwarded for the good one
import { answerHttp, ctAll, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('POST', {}, '[{"st":"demo","ct":"' + ctAll + '"},{"cp":"b"}]');

runCode(mockData);

assertApi('setResponseStatus').wasCalledWith(400);
assertApi('setResponseBody').wasCalledWith('bad request: hit 2: st is missing');
assertApi('returnResponse').wasCalled();
assertApi('runContainer').wasNotCalled();
assertThat(sent).isEmpty();
