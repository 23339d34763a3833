/**
 * Type test for web test scenarios (tsconfig.sandbox-web-tests.json): the test API with the web API names.
 */
export {};

mock('sendPixel', (url: string, onSuccess?: () => void) => {
  if (url !== '' && onSuccess) onSuccess();
});
mock('getUrl', 'https://example.invalid/page');
mock('isConsentGranted', true);
mockObject('localStorage', { getItem: () => 'stored' });
const result: unknown = runCode({ st: 'demo' });
assertApi('gtmOnSuccess').wasCalled();
assertApi('sendPixel').wasCalledWith('https://example.invalid/p');
assertApi('sendPixel').wasNotCalledWith('https://example.invalid/q');
assertApi('injectScript').wasNotCalled();
assertThat(result, 'a message').isUndefined();
assertThat([1, 2]).containsExactly(1, 2);
assertThat(3).isGreaterThanOrEqualTo(2);
assertThat('a').isAnyOf('a', 'b');
assertThat({ a: 1 }).isEqualTo({ a: 1 });
if (result !== undefined) fail('runCode of a tag returns undefined');

// @ts-expect-error mockObject takes object APIs only
mockObject('sendPixel', {});
// @ts-expect-error not an API name
mock('notAnApi', 1);
// @ts-expect-error claimRequest is a server API
assertApi('claimRequest').wasCalled();
// @ts-expect-error there is no isInstanceOf matcher
assertThat(1).isInstanceOf(Object);
// @ts-expect-error wrong return value for the API
mock('getUrl', 42);
