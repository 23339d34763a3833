// @name Uses /iom when the path field is empty
mock('getRequestPath', '/iom');

runCode({ path: '' });

assertApi('claimRequest').wasCalled();
assertApi('returnResponse').wasCalled();
