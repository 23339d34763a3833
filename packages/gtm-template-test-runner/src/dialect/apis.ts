/**
 * The API names `require()` accepts, per container context (research/gtm-sandbox.md §2.1 web, §2.2 server; Google's
 * API pages: "Only the APIs listed here should be expected to work with `require()`").
 */
export const webApiNames: readonly string[] = [
  'addConsentListener', 'addEventCallback', 'aliasInWindow', 'callInWindow', 'callLater', 'copyFromDataLayer',
  'copyFromWindow', 'createArgumentsQueue', 'createQueue', 'decodeUri', 'decodeUriComponent', 'encodeUri',
  'encodeUriComponent', 'fromBase64', 'generateRandom', 'getContainerVersion', 'getCookieValues', 'getQueryParameters',
  'getReferrerQueryParameters', 'getReferrerUrl', 'getTimestamp', 'getTimestampMillis', 'getType', 'getUrl', 'gtagSet',
  'injectHiddenIframe', 'injectScript', 'isConsentGranted', 'JSON', 'localStorage', 'logToConsole', 'makeInteger',
  'makeNumber', 'makeString', 'makeTableMap', 'Math', 'Object', 'parseUrl', 'queryPermission', 'readAnalyticsStorage',
  'readCharacterSet', 'readTitle', 'sendPixel', 'setCookie', 'setDefaultConsentState', 'setInWindow', 'sha256',
  'templateStorage', 'toBase64', 'updateConsentState',
];

/**
 * `makeTableMap` is a server API too: research §2.2 lists the `make*` helpers "as web", stape's server typings list it,
 * and the published server variable stape-io/query-replacer-variable requires it in code whose tests pass.
 */
export const serverApiNames: readonly string[] = [
  'addEventCallback', 'addMessageListener', 'BigQuery', 'callLater', 'claimRequest', 'computeEffectiveTldPlusOne',
  'createRegex', 'decodeUri', 'decodeUriComponent', 'encodeUri', 'encodeUriComponent', 'extractEventsFromMpv1',
  'extractEventsFromMpv2', 'Firestore', 'fromBase64', 'generateRandom', 'getAllEventData', 'getClientName',
  'getContainerVersion', 'getCookieValues', 'getEventData', 'getGoogleAuth', 'getGoogleScript', 'getRemoteAddress',
  'getRequestBody', 'getRequestHeader', 'getRequestMethod', 'getRequestPath', 'getRequestQueryParameter',
  'getRequestQueryParameters', 'getRequestQueryString', 'getTimestampMillis', 'getType', 'hasMessageListener',
  'hmacSha256', 'isRequestMpv1', 'isRequestMpv2', 'JSON', 'logToConsole', 'makeInteger', 'makeNumber', 'makeString',
  'makeTableMap', 'Math', 'Object', 'parseUrl', 'Promise', 'returnResponse', 'runContainer', 'sendEventToGoogleAnalytics',
  'sendHttpGet', 'sendHttpRequest', 'sendMessage', 'sendPixelFromBrowser', 'setCookie', 'setPixelResponse',
  'setResponseBody', 'setResponseHeader', 'setResponseStatus', 'sha256', 'sha256Sync', 'templateDataStorage',
  'testRegex', 'toBase64',
];

export function apiNamesFor(context: 'web' | 'server'): readonly string[] {
  return context === 'web' ? webApiNames : serverApiNames;
}

/**
 * Members of the objects that `require` returns (research §1.5, §2): a member outside these lists is refused when the
 * receiver is evidently that object (`const Math = require('Math'); Math.random()`).
 */
export const apiObjectMembers: Readonly<Record<string, readonly string[]>> = {
  JSON: ['parse', 'stringify'],
  Math: ['abs', 'ceil', 'floor', 'round', 'max', 'min', 'pow', 'sqrt'],
  Object: ['keys', 'values', 'entries', 'freeze', 'delete'],
  Promise: ['create', 'all'],
  localStorage: ['getItem', 'setItem', 'removeItem'],
  templateStorage: ['getItem', 'setItem', 'removeItem', 'clear'],
  templateDataStorage: ['getItemCopy', 'setItemCopy', 'removeItem', 'clear'],
  BigQuery: ['insert'],
  Firestore: ['read', 'write', 'query', 'runTransaction'],
};

/** What to use instead of a member an API object lacks. */
export const apiMemberAdvice: Readonly<Record<string, string>> = {
  'Math.random': "use `require('generateRandom')(min, max)`",
  'Math.trunc': 'use `Math.floor` (or `Math.ceil` for negatives)',
  'Math.log': 'not available; use a lookup table or arithmetic',
  'Object.assign': 'copy with a `for…in` loop',
  'Object.create': 'use an object literal',
  'Object.defineProperty': 'use a plain assignment',
  'Object.getOwnPropertyNames': 'use `Object.keys`',
};
