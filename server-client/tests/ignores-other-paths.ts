// @name Ignores requests on other paths
mock('getRequestPath', '/collect');

runCode({ path: '/iom' });

assertApi('claimRequest').wasNotCalled();
assertApi('setResponseStatus').wasNotCalled();
assertApi('returnResponse').wasNotCalled();
