// @name Claims a request on the configured path and answers 204 once
mock('getRequestPath', '/iom');

runCode({ path: '/iom' });

assertApi('claimRequest').wasCalled();
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
