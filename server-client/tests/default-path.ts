// @name Empty path field - claims /iom
import { answerHttp, dataWith, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo' }, undefined);
const data = dataWith({ path: '' });

runCode(data);

assertApi('claimRequest').wasCalled();
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
