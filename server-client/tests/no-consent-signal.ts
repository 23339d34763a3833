// @name No ct and no TC string - answered, nothing forwarded, container told why
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', uid: 'u-1' }, undefined);

runCode(mockData);

assertThat(sent).isEmpty();
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('runContainer').wasCalled();
