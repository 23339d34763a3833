// @name Configured path - claims it and leaves /iom alone
import { answerHttp, dataWith } from './setup.ts';

answerHttp(200);
mock('getRequestMethod', 'GET');
mock('getRequestQueryParameter', (name: string) => (name === 'st' ? 'demo' : undefined));
const data = dataWith({ path: '/measure' });

mock('getRequestPath', '/iom');
runCode(data);
assertApi('claimRequest').wasNotCalled();

mock('getRequestPath', '/measure');
runCode(data);
assertApi('claimRequest').wasCalled();
assertApi('returnResponse').wasCalled();
