import test from 'ava';
import { apiPermissions, permissionQueryFor } from '../../src/permissions/api-permissions.ts';
import { permissionRules } from '../../src/permissions/check.ts';
import type { SandboxContext } from '../../src/runtime/apis/env.ts';

const implies = test.macro({
  exec(t, context: SandboxContext, api: string, args: unknown[], expected: unknown[][]) {
    t.deepEqual(permissionQueryFor(api, args, context), expected);
  },
  title: (_p, context: SandboxContext, api: string, args: unknown[]) => `permissionQueryFor - ${context} ${api}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
});

// web
test(implies, 'web', 'sendPixel', ['https://a.example/p', undefined, undefined], [['send_pixel', 'https://a.example/p']]);
// A name Object.prototype has is no API: it implies nothing (it threw a TypeError once).
test(implies, 'server', 'constructor', [], []);
test(implies, 'web', 'callInWindow', ['a.b', 1, 2], [['access_globals', 'execute', 'a.b']]);
test(implies, 'web', 'copyFromWindow', ['IOMm'], [['access_globals', 'read', 'IOMm']]);
test(implies, 'web', 'setInWindow', ['x', 1, true], [['access_globals', 'write', 'x']]);
test(implies, 'web', 'aliasInWindow', ['to', 'from'], [['access_globals', 'write', 'to'], ['access_globals', 'read', 'from']]);
test(implies, 'web', 'createQueue', ['dataLayer'], [['access_globals', 'readwrite', 'dataLayer']]);
test(implies, 'web', 'createArgumentsQueue', ['gtag', 'dataLayer'], [['access_globals', 'readwrite', 'gtag'], ['access_globals', 'readwrite', 'dataLayer']]);
test(implies, 'web', 'getCookieValues', ['iom_consent'], [['get_cookies', 'iom_consent']]);
test(implies, 'web', 'setCookie', ['iom_consent', 'v', { path: '/' }], [['set_cookies', 'iom_consent', { path: '/' }]]);
test(implies, 'web', 'setCookie', ['c', 'v'], [['set_cookies', 'c', {}]]);
test(implies, 'web', 'getUrl', [], [['get_url']]);
test(implies, 'web', 'getUrl', ['host'], [['get_url', 'host']]);
test(implies, 'web', 'getQueryParameters', ['utm_source'], [['get_url', 'query', 'utm_source']]);
test(implies, 'web', 'getReferrerUrl', ['path'], [['get_referrer', 'path']]);
test(implies, 'web', 'getReferrerQueryParameters', ['q'], [['get_referrer', 'query', 'q']]);
test(implies, 'web', 'injectScript', ['https://s.example/l.js'], [['inject_script', 'https://s.example/l.js']]);
test(implies, 'web', 'injectHiddenIframe', ['https://f.example/'], [['inject_hidden_iframe', 'https://f.example/']]);
test(implies, 'web', 'isConsentGranted', ['ad_storage'], [['access_consent', 'ad_storage', 'read']]);
test(implies, 'web', 'addConsentListener', ['ad_storage'], [['access_consent', 'ad_storage', 'read']]);
test(implies, 'web', 'updateConsentState', [{ ad_storage: 'granted', analytics_storage: 'denied', wait_for_update: 500 }], [
  ['access_consent', 'ad_storage', 'write'], ['access_consent', 'analytics_storage', 'write'],
]);
test(implies, 'web', 'setDefaultConsentState', [{ ad_storage: 'denied', region: ['DE'] }], [['access_consent', 'ad_storage', 'write']]);
test(implies, 'web', 'copyFromDataLayer', ['event'], [['read_data_layer', 'event']]);
test(implies, 'web', 'gtagSet', [{ url_passthrough: true }], [['write_data_layer', 'url_passthrough']]);
test(implies, 'web', 'localStorage.getItem', ['k'], [['access_local_storage', 'read', 'k']]);
test(implies, 'web', 'localStorage.setItem', ['k', 'v'], [['access_local_storage', 'write', 'k']]);
test(implies, 'web', 'localStorage.removeItem', ['k'], [['access_local_storage', 'write', 'k']]);
test(implies, 'web', 'templateStorage.setItem', ['k', 1], [['access_template_storage']]);
test(implies, 'web', 'logToConsole', ['a', 1], [['logging']]);
test(implies, 'web', 'readTitle', [], [['read_title']]);
test(implies, 'web', 'readCharacterSet', [], [['read_character_set']]);
test(implies, 'web', 'getContainerVersion', [], [['read_container_data']]);
test(implies, 'web', 'addEventCallback', [null], [['read_event_metadata']]);
// server
test(implies, 'server', 'getRequestHeader', ['user-agent'], [['read_request', 'header', 'user-agent']]);
test(implies, 'server', 'getRequestBody', [], [['read_request', 'body']]);
test(implies, 'server', 'getRequestPath', [], [['read_request', 'path']]);
test(implies, 'server', 'getRequestMethod', [], [['read_request', 'method']]);
test(implies, 'server', 'getRequestQueryParameter', ['ct'], [['read_request', 'query', 'ct']]);
test(implies, 'server', 'getRequestQueryParameters', [], [['read_request', 'query']]);
test(implies, 'server', 'getRequestQueryString', [], [['read_request', 'query']]);
test(implies, 'server', 'getRemoteAddress', [], [['read_request', 'remoteAddress']]);
test(implies, 'server', 'setResponseStatus', [204], [['access_response', 'write', 'status']]);
test(implies, 'server', 'setResponseHeader', ['Content-Type', 'text/plain'], [['access_response', 'write', 'header', 'Content-Type']]);
test(implies, 'server', 'setResponseBody', ['ok'], [['access_response', 'write', 'body']]);
test(implies, 'server', 'setPixelResponse', [], [
  ['access_response', 'write', 'status'], ['access_response', 'write', 'body'],
  ['access_response', 'write', 'header', 'content-type'], ['access_response', 'write', 'header', 'cache-control'],
  ['access_response', 'write', 'header', 'expires'], ['access_response', 'write', 'header', 'pragma'],
]);
test(implies, 'server', 'returnResponse', [], [['return_response']]);
test(implies, 'server', 'runContainer', [{ event_name: 'page_view' }], [['run_container']]);
test(implies, 'server', 'sendHttpRequest', ['https://sink.example/hit', { method: 'POST' }, '{}'], [['send_http', 'https://sink.example/hit']]);
test(implies, 'server', 'sendHttpGet', ['https://sink.example/hit'], [['send_http', 'https://sink.example/hit']]);
test(implies, 'server', 'sendPixelFromBrowser', ['https://px.example/1'], [['send_pixel_from_browser', 'https://px.example/1']]);
test(implies, 'server', 'getEventData', ['page_location'], [['read_event_data', 'page_location']]);
test(implies, 'server', 'getAllEventData', [], [['read_event_data']]);
test(implies, 'server', 'getCookieValues', ['FPID'], [['get_cookies', 'FPID']]);
test(implies, 'server', 'getClientName', [], [['read_container_data']]);
test(implies, 'server', 'templateDataStorage.getItemCopy', ['k'], [['access_template_storage']]);
test(implies, 'server', 'BigQuery.insert', [{ projectId: 'p', datasetId: 'd', tableId: 't' }, [{}]], [['access_bigquery', 'write', { projectId: 'p', datasetId: 'd', tableId: 't' }]]);
test(implies, 'server', 'Firestore.read', ['c/d', { projectId: 'p' }], [['access_firestore', 'read', { path: 'c/d', projectId: 'p' }]]);
test(implies, 'server', 'Firestore.write', ['c/d', { a: 1 }, { projectId: 'p', databaseId: 'db' }], [['access_firestore', 'write', { path: 'c/d', projectId: 'p', databaseId: 'db' }]]);
test(implies, 'server', 'Firestore.query', ['c', [], {}], [['access_firestore', 'read', { path: 'c', projectId: undefined }]]);
test(implies, 'server', 'getGoogleAuth', [{ scopes: ['s1'] }], [['use_google_credentials', ['s1']]]);
test(implies, 'server', 'hmacSha256', ['data', 'key1'], [['use_custom_private_keys', 'key1']]);
test(implies, 'server', 'addMessageListener', ['consent', null], [['use_message', 'listen', 'consent']]);
test(implies, 'server', 'sendMessage', ['consent', {}], [['use_message', 'send', 'consent']]);
// no permission, or the other context
test(implies, 'web', 'makeString', [1], []);
test(implies, 'server', 'claimRequest', [], []);
test(implies, 'server', 'sendPixel', ['https://a.example/'], []);
test(implies, 'web', 'getRequestHeader', ['x'], []);
test(implies, 'web', 'noSuchApi', [], []);

test('apiPermissions - every implied permission id has a rule', (t) => {
  const probe: unknown[] = ['a', 'b', { c: 'd' }, 'e'];
  const ids = new Set<string>();
  for (const [api, entry] of Object.entries(apiPermissions)) {
    for (const context of entry.contexts) for (const [id] of permissionQueryFor(api, probe, context)) ids.add(String(id));
  }
  t.deepEqual([...ids].filter((id) => permissionRules[id] === undefined), []);
  t.true(ids.size >= 25);
});
