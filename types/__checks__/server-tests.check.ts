/**
 * Type test for server test scenarios (tsconfig.sandbox-server-tests.json): the test API with the server API names.
 */
export {};

const Promise = require('Promise');
const callLater = require('callLater');

mock('getRequestPath', '/iom');
mock('sendHttpRequest', () => Promise.create((resolve) => resolve({ statusCode: 200, headers: {}, body: '' })));
mockObject('templateDataStorage', { getItemCopy: () => undefined });
runCode({ path: '/iom' });
callLater(() => {
  assertApi('claimRequest').wasCalled();
  assertApi('returnResponse').wasCalled();
});

// @ts-expect-error sendPixel is a web API
mock('sendPixel', undefined);
// @ts-expect-error gtmOnSuccess cannot be mocked
mock('gtmOnSuccess', undefined);
