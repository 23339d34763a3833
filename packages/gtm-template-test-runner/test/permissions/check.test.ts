import test from 'ava';
import { checkPermission, checkPermissionWith, keyPatternAllows, permissionRules } from '../../src/permissions/check.ts';
import type { Permission, PlainValue } from '../../src/tpl/types.ts';

type Case = [params: { [key: string]: PlainValue }, args: unknown[], expected: string | true];

/** One permission id, its declared configuration, the `queryPermission` arguments and the exact verdict. */
const query = test.macro({
  exec(t, id: string, [params, args, expected]: Case) {
    const declared: Permission[] = [{ id, params }];
    t.deepEqual(checkPermission(declared, id, ...args), expected === true ? { ok: true } : { ok: false, message: expected });
  },
  title: (provided = '', id: string, [, args, expected]: Case) =>
    `checkPermission - ${id}(${args.map((a) => JSON.stringify(a)).join(', ')}) ${expected === true ? 'allowed' : 'denied'}${provided ? `: ${provided}` : ''}`,
});

// --- access_globals: keys with read / write / execute ---
const globals = { keys: [{ key: '__tcfapi', read: false, write: false, execute: true }, { key: 'dataLayer', read: true, write: true, execute: false }] };
test(query, 'access_globals', [globals, ['execute', '__tcfapi'], true]);
test(query, 'access_globals', [globals, ['read', '__tcfapi'], 'Permission denied: access_globals does not allow read access to key "__tcfapi"']);
test(query, 'access_globals', [globals, ['readwrite', 'dataLayer'], true]);
test(query, 'access_globals', [globals, ['execute', 'dataLayer.push'], 'Permission denied: access_globals does not allow execute access to key "dataLayer.push"']);
test('one key in two entries', query, 'access_globals', [{ keys: [{ key: 'q', read: true, write: false, execute: false }, { key: 'q', read: false, write: true, execute: false }] }, ['readwrite', 'q'], true]);
test('unknown access', query, 'access_globals', [globals, ['delete', 'dataLayer'], 'Permission denied: access_globals does not know the access "delete" (expected "read", "write", "readwrite", "execute")']);

// --- access_local_storage ---
const storage = { keys: [{ key: 'iom_consent', read: true, write: false }] };
test(query, 'access_local_storage', [storage, ['read', 'iom_consent'], true]);
test(query, 'access_local_storage', [storage, ['write', 'iom_consent'], 'Permission denied: access_local_storage does not allow write access to key "iom_consent"']);

// --- access_consent: (consentType, 'read' | 'write') ---
const consent = { consentTypes: [{ consentType: 'analytics_storage', read: true, write: false }] };
test(query, 'access_consent', [consent, ['analytics_storage', 'read'], true]);
test(query, 'access_consent', [consent, ['analytics_storage', 'write'], 'Permission denied: access_consent does not allow write access to consent type "analytics_storage"']);
test(query, 'access_consent', [consent, ['ad_storage', 'read'], 'Permission denied: access_consent does not allow read access to consent type "ad_storage"']);

// --- get_cookies ---
test(query, 'get_cookies', [{ cookieAccess: 'specific', cookieNames: ['iom_consent', '_ga*'] }, ['_ga_ABC'], true]);
test(query, 'get_cookies', [{ cookieAccess: 'specific', cookieNames: ['iom_consent'] }, ['session'], 'Permission denied: get_cookies does not allow reading cookie "session"']);
test(query, 'get_cookies', [{ cookieAccess: 'any' }, ['anything'], true]);

// --- set_cookies: name + options ---
const cookies = { allowedCookies: [{ name: 'iom_consent', domain: '*', path: '/', secure: 'any', session: 'any' }, { name: 'sid', domain: 'example.com', path: '*', secure: 'secure', session: 'session' }] };
test(query, 'set_cookies', [cookies, ['iom_consent', { domain: 'auto', path: '/', 'max-age': 2419200 }], true]);
test(query, 'set_cookies', [cookies, ['iom_consent', { path: '/sub' }], 'Permission denied: set_cookies does not allow setting cookie "iom_consent" with options {"path":"/sub"}']);
test(query, 'set_cookies', [cookies, ['sid', { domain: '.Example.com', path: '/x', secure: true }], true]);
test(query, 'set_cookies', [cookies, ['sid', { domain: 'example.com', secure: false }], 'Permission denied: set_cookies does not allow setting cookie "sid" with options {"domain":"example.com","secure":false}']);
test(query, 'set_cookies', [cookies, ['sid', { domain: 'other.example', secure: true }], 'Permission denied: set_cookies does not allow setting cookie "sid" with options {"domain":"other.example","secure":true}']);
test(query, 'set_cookies', [cookies, ['sid', { secure: true, expires: 'Thu, 01 Jan 2037 00:00:00 GMT' }], 'Permission denied: set_cookies does not allow setting cookie "sid" with options {"secure":true,"expires":"Thu, 01 Jan 2037 00:00:00 GMT"}']);
test(query, 'set_cookies', [cookies, ['other', {}], 'Permission denied: set_cookies does not allow setting cookie "other" with options {}']);

// --- get_url / get_referrer: URL parts and query keys ---
const url = { urlParts: 'specific', path: true, query: true, queriesAllowed: 'specific', queryKeys: ['utm_source'] };
test(query, 'get_url', [url, ['path'], true]);
test(query, 'get_url', [url, ['host'], 'Permission denied: get_url does not allow the URL component "host"']);
test(query, 'get_url', [url, ['query', 'utm_source'], true]);
test(query, 'get_url', [url, ['query', 'gclid'], 'Permission denied: get_url does not allow the query key "gclid"']);
test(query, 'get_url', [url, ['query'], 'Permission denied: get_url does not allow reading every query parameter (query keys are "specific")']);
test(query, 'get_url', [url, [], 'Permission denied: get_url does not allow reading the whole URL (URL parts are "specific")']);
test(query, 'get_url', [{ urlParts: 'any', queriesAllowed: 'any' }, [], true]);
test(query, 'get_url', [{ urlParts: 'any' }, ['hostname'], 'Permission denied: get_url does not know the URL component "hostname"']);
test(query, 'get_referrer', [{ urlParts: 'specific', host: true }, ['host'], true]);
test(query, 'get_referrer', [{ urlParts: 'specific', host: true }, ['path'], 'Permission denied: get_referrer does not allow the URL component "path"']);

// --- URL lists ---
const urls = { allowedUrls: 'specific', urls: ['https://*.example.com/*'] };
test(query, 'send_pixel', [urls, ['https://de.example.com/j0=,,,;+st=1'], true]);
test(query, 'send_pixel', [urls, ['https://evil.example/x'], 'Permission denied: send_pixel does not allow URL "https://evil.example/x"']);
test(query, 'send_pixel', [{ allowedUrls: 'any' }, ['https://evil.example/x'], true]);
test(query, 'send_pixel', [urls, [42], 'Permission denied: send_pixel needs a URL as a string, got 42']);
test(query, 'inject_script', [{ urls: ['https://script.example.com/iomm/latest/bootstrap/loader.js'] }, ['https://script.example.com/iomm/latest/bootstrap/loader.js'], true]);
test(query, 'inject_script', [{ urls: ['https://script.example.com/iomm/*'] }, ['http://script.example.com/iomm/x.js'], 'Permission denied: inject_script does not allow URL "http://script.example.com/iomm/x.js"']);
test(query, 'inject_hidden_iframe', [{ urls: ['https://frame.example/*'] }, ['https://frame.example/f'], true]);
test(query, 'inject_hidden_iframe', [{ urls: ['https://frame.example/*'] }, ['https://other.example/f'], 'Permission denied: inject_hidden_iframe does not allow URL "https://other.example/f"']);
test(query, 'send_http', [{ allowedUrls: 'specific', urls: ['https://sink.example/*'] }, ['https://sink.example/hit'], true]);
test(query, 'send_http', [{ allowedUrls: 'specific', urls: ['https://sink.example/*'] }, ['https://www.google-analytics.com/g/collect'], 'Permission denied: send_http does not allow URL "https://www.google-analytics.com/g/collect"']);
test('Google domains box', query, 'send_http', [{ allowedUrls: 'specific', urls: [], allowGoogleDomains: true }, ['https://www.google-analytics.com/g/collect'], true]);
test(query, 'send_pixel_from_browser', [{ allowedUrls: 'specific', urls: ['https://px.example/*'] }, ['https://px.example/1'], true]);
test(query, 'send_pixel_from_browser', [{ allowedUrls: 'specific', urls: ['https://px.example/*'] }, ['https://evil.example/1'], 'Permission denied: send_pixel_from_browser does not allow URL "https://evil.example/1"']);

// --- logging: environments ---
test('environments debug', query, 'logging', [{ environments: 'debug' }, [], true]);
test('environments all', query, 'logging', [{ environments: 'all' }, [], true]);
test('logging - environments "debug" outside debug mode is denied, "all" allowed', (t) => {
  const declared = (environments: string): Permission[] => [{ id: 'logging', params: { environments } }];
  t.deepEqual(checkPermissionWith({ debugMode: false }, declared('debug'), 'logging'), {
    ok: false,
    message: 'Permission denied: logging does not allow logging outside debug mode (environments: "debug")',
  });
  t.deepEqual(checkPermissionWith({ debugMode: false }, declared('all'), 'logging'), { ok: true });
});

// --- data layer ---
test(query, 'read_data_layer', [{ allowedKeys: 'specific', keyPatterns: ['ecommerce.*', 'event'] }, ['ecommerce.items'], true]);
test(query, 'read_data_layer', [{ allowedKeys: 'specific', keyPatterns: ['ecommerce.*', 'event'] }, ['user'], 'Permission denied: read_data_layer does not allow reading key "user"']);
test(query, 'read_data_layer', [{ allowedKeys: 'any' }, ['user'], true]);
test(query, 'write_data_layer', [{ keyPatterns: ['url_passthrough'] }, ['url_passthrough'], true]);
test(query, 'write_data_layer', [{ keyPatterns: ['url_passthrough'] }, ['ads_data_redaction'], 'Permission denied: write_data_layer does not allow writing key "ads_data_redaction"']);

// --- permissions without configuration: allowed when declared, denied when not ---
for (const id of ['read_event_metadata', 'read_container_data', 'read_title', 'read_character_set', 'access_template_storage', 'return_response', 'run_container']) {
  test(query, id, [{}, [], true]);
  test(`checkPermission - ${id} undeclared is denied`, (t) => {
    t.deepEqual(checkPermission([], id), { ok: false, message: `Permission denied: the template does not declare ${id}` });
  });
}

// --- read_request ---
const request = {
  requestAccess: 'specific', pathAllowed: true, bodyAllowed: false, headersAllowed: true, queryParametersAllowed: true, remoteAddressAllowed: false,
  headerAccess: 'specific', headerWhitelist: [{ headerName: 'User-Agent' }],
  queryParameterAccess: 'specific', queryParameterWhitelist: [{ queryParameter: 'ct' }],
};
test(query, 'read_request', [request, ['path'], true]);
test(query, 'read_request', [request, ['method'], true]);
test(query, 'read_request', [request, ['body'], 'Permission denied: read_request does not allow reading the request body']);
test(query, 'read_request', [request, ['remoteAddress'], 'Permission denied: read_request does not allow reading the request remoteAddress']);
test(query, 'read_request', [request, ['header', 'user-agent'], true]);
test(query, 'read_request', [request, ['header', 'cookie'], 'Permission denied: read_request does not allow reading header "cookie"']);
test(query, 'read_request', [request, ['query', 'ct'], true]);
test(query, 'read_request', [request, ['query', 'uid'], 'Permission denied: read_request does not allow reading query parameter "uid"']);
test(query, 'read_request', [request, ['query'], 'Permission denied: read_request does not allow reading every query parameter (query parameters are "specific")']);
test(query, 'read_request', [{ requestAccess: 'any', headerAccess: 'any', queryParameterAccess: 'any' }, ['body'], true]);
test(query, 'read_request', [request, ['cookies'], 'Permission denied: read_request does not know the request part "cookies"']);

// --- access_response ---
const response = { writeResponseAccess: 'specific', writeStatusAllowed: true, writeBodyAllowed: false, writeHeadersAllowed: true, writeHeaderAccess: 'specific', writeHeaderWhitelist: [{ headerName: 'Content-Type' }] };
test(query, 'access_response', [response, ['write', 'status'], true]);
test(query, 'access_response', [response, ['write', 'body'], 'Permission denied: access_response does not allow writing the response body']);
test(query, 'access_response', [response, ['write', 'header', 'content-type'], true]);
test(query, 'access_response', [response, ['write', 'header', 'Set-Cookie'], 'Permission denied: access_response does not allow writing header "Set-Cookie"']);
test(query, 'access_response', [{ writeResponseAccess: 'any', writeHeaderAccess: 'any' }, ['write', 'header', 'X-Any'], true]);
test(query, 'access_response', [response, ['read', 'status'], 'Permission denied: access_response does not know the access "read" (expected "write")']);

// --- read_event_data ---
test(query, 'read_event_data', [{ eventDataAccess: 'specific', keyPatterns: ['x-ga-*', 'page_location'] }, ['page_location'], true]);
test(query, 'read_event_data', [{ eventDataAccess: 'specific', keyPatterns: ['page_location'] }, ['user_data.email'], 'Permission denied: read_event_data does not allow reading key "user_data.email"']);
test(query, 'read_event_data', [{ eventDataAccess: 'specific', keyPatterns: ['page_location'] }, [], 'Permission denied: read_event_data does not allow reading all event data (event data keys are "specific")']);
test(query, 'read_event_data', [{ eventDataAccess: 'any' }, [], true]);

// --- access_bigquery / access_firestore ---
const tables = { allowedTables: [{ projectId: '*', datasetId: 'hits', tableId: 'raw', operation: 'write' }] };
test(query, 'access_bigquery', [tables, ['write', { datasetId: 'hits', tableId: 'raw' }], true]);
test(query, 'access_bigquery', [tables, ['write', { datasetId: 'hits', tableId: 'users' }], 'Permission denied: access_bigquery does not allow "write" to table {"datasetId":"hits","tableId":"users"}']);
const firestore = { allowedOptions: [{ projectId: 'p1', path: 'consent/*', operation: 'read', databaseId: '(default)' }] };
test(query, 'access_firestore', [firestore, ['read', { projectId: 'p1', path: 'consent/abc' }], true]);
test(query, 'access_firestore', [firestore, ['write', { projectId: 'p1', path: 'consent/abc' }], 'Permission denied: access_firestore does not allow "write" on {"projectId":"p1","path":"consent/abc"}']);
test(query, 'access_firestore', [{ allowedOptions: [{ projectId: 'p1', path: '*', operation: 'read_write' }] }, ['write', { projectId: 'p1', path: 'any/doc' }], true]);

// --- credentials, keys, messages ---
test(query, 'use_google_credentials', [{ allowedScopes: ['https://www.googleapis.com/auth/datastore'] }, [['https://www.googleapis.com/auth/datastore']], true]);
test(query, 'use_google_credentials', [{ allowedScopes: ['https://www.googleapis.com/auth/datastore'] }, [['https://www.googleapis.com/auth/bigquery']], 'Permission denied: use_google_credentials does not allow the scope "https://www.googleapis.com/auth/bigquery"']);
test(query, 'use_custom_private_keys', [{ allowedKeys: 'specific', keyIds: ['key1'] }, ['key1'], true]);
test(query, 'use_custom_private_keys', [{ allowedKeys: 'specific', keyIds: ['key1'] }, ['key2'], 'Permission denied: use_custom_private_keys does not allow the key "key2"']);
const messages = { allowedActions: 'specific', messageTypes: [{ type: 'consent', action: 'listen_and_send' }, { type: 'hit', action: 'send' }] };
test(query, 'use_message', [messages, ['listen', 'consent'], true]);
test(query, 'use_message', [messages, ['listen', 'hit'], 'Permission denied: use_message does not allow listen for message type "hit"']);
test(query, 'use_message', [{ allowedActions: 'any' }, ['send', 'x'], true]);

test('checkPermission - an unknown permission id is denied', (t) => {
  t.deepEqual(checkPermission([{ id: 'teleport', params: {} }], 'teleport'), { ok: false, message: 'Permission denied: unknown permission "teleport"' });
});

test('checkPermission - any of two entries of one id may allow', (t) => {
  const declared: Permission[] = [
    { id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['https://a.example/*'] } },
    { id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['https://b.example/*'] } },
  ];
  t.deepEqual(checkPermission(declared, 'send_pixel', 'https://b.example/x'), { ok: true });
  t.deepEqual(checkPermission(declared, 'send_pixel', 'https://c.example/x'), { ok: false, message: 'Permission denied: send_pixel does not allow URL "https://c.example/x"' });
});

test('permissionRules - covers every permission id of research §2 / §3.4', (t) => {
  t.deepEqual(Object.keys(permissionRules).sort(), [
    'access_bigquery', 'access_consent', 'access_firestore', 'access_globals', 'access_local_storage', 'access_response',
    'access_template_storage', 'get_cookies', 'get_referrer', 'get_url', 'inject_hidden_iframe', 'inject_script', 'logging',
    'read_character_set', 'read_container_data', 'read_data_layer', 'read_event_data', 'read_event_metadata', 'read_request',
    'read_title', 'return_response', 'run_container', 'send_http', 'send_pixel', 'send_pixel_from_browser', 'set_cookies',
    'use_custom_private_keys', 'use_google_credentials', 'use_message', 'write_data_layer',
  ]);
});

const keyPattern = test.macro({
  exec: (t, pattern: string, key: string, expected: boolean) => t.is(keyPatternAllows(pattern, key), expected),
  title: (_p, pattern: string, key: string, expected: boolean) => `keyPatternAllows - ${pattern} ${expected ? 'allows' : 'refuses'} ${key}`,
});
test(keyPattern, 'a.b', 'a.b', true);
test(keyPattern, 'a.b', 'a.b.c', true);
test(keyPattern, 'a.b', 'a.bc', false);
test(keyPattern, 'a.b', 'a', false);
test(keyPattern, 'a.*', 'a', true);
test(keyPattern, 'a.*', 'a.x.y', true);
test(keyPattern, 'a.*', 'ab', false);
test(keyPattern, '*', 'anything.at.all', true);
