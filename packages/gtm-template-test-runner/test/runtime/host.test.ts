import test from 'ava';
import { createSandboxHost, type PermissionPort } from '../../src/runtime/host.ts';
import { createRecordingIo, type SandboxIo } from '../../src/runtime/io.ts';
import type { SandboxContext } from '../../src/runtime/apis/env.ts';
import { loadDefaultRuntime } from '../../src/run.ts';

/** A permission model that allows everything but `denied`, and keeps the queries it was asked. */
function permissions(denied: string[] = []): PermissionPort & { queries: unknown[][] } {
  const queries: unknown[][] = [];
  return {
    queries,
    queryFor: (apiName, args) => [[`perm:${apiName}`, ...args]],
    check: (id, ...args) => {
      queries.push([id, ...args]);
      return denied.includes(id) ? { ok: false, message: `Permission denied: ${id} does not allow ${JSON.stringify(args[0])}` } : { ok: true };
    },
  };
}

function host(context: SandboxContext, io: SandboxIo = createRecordingIo(), denied: string[] = []) {
  const perms = permissions(denied);
  const calls: [string, unknown[]][] = [];
  const h = createSandboxHost({ context, io, permissions: perms, pureApis: {}, onCall: (n, a) => calls.push([n, a]) });
  const req = h.requireFor('template');
  const api = (name: string) => req(name) as (...args: unknown[]) => unknown;
  return { h, io, perms, calls, api, req };
}

test('host - an un-mocked call is recorded, permission-checked and run', (t) => {
  const { api, io, perms, calls } = host('web');
  t.is(api('sendPixel')('https://p.example/x', () => undefined), undefined);
  t.deepEqual(io.calls, [['sendPixel', 'https://p.example/x']]);
  t.deepEqual(perms.queries.map((q) => q.slice(0, 2)), [['perm:sendPixel', 'https://p.example/x']]);
  t.is(typeof perms.queries[0]?.[2], 'function');
  t.is(calls[0]?.[0], 'sendPixel');
});

test('host - a denied call ends the scenario with the permission message', (t) => {
  const { api, io } = host('web', createRecordingIo(), ['perm:sendPixel']);
  t.throws(() => api('sendPixel')('https://evil.example/'), {
    message: 'sendPixel: Permission denied: perm:sendPixel does not allow "https://evil.example/"',
  });
  t.deepEqual(io.calls, []);
});

test('host - require of an API the context does not have', (t) => {
  const { req } = host('web');
  t.throws(() => req('claimRequest'), { message: "require('claimRequest'): no such API in web templates" });
  t.throws(() => host('server').req('sendPixel'), { message: "require('sendPixel'): no such API in server templates" });
});

test('host - window APIs: setInWindow, copyFromWindow, aliasInWindow, callInWindow, createQueue, createArgumentsQueue', (t) => {
  const { api, io } = host('web');
  t.true(api('setInWindow')('a.b', { n: 1 }));
  t.false(api('setInWindow')('a.b', 2));
  t.deepEqual(api('copyFromWindow')('a'), { b: { n: 1 } });
  t.true(api('aliasInWindow')('c', 'a.b'));
  t.false(api('aliasInWindow')('d', 'missing'));
  const copied = api('copyFromWindow')('c') as { n: number };
  copied.n = 5;
  t.deepEqual(api('copyFromWindow')('c'), { n: 1 });
  io.window.fn = (x: number) => x * 2;
  t.is(api('callInWindow')('fn', 21), 42);
  t.is(api('callInWindow')('missing', 1), undefined);
  const push = api('createQueue')('dataLayer') as (...v: unknown[]) => void;
  push({ event: 'e' });
  t.deepEqual(io.window.dataLayer, [{ event: 'e' }]);
  t.is(api('callInWindow')('dataLayer.push', { event: 'f' }), 2);
  const gtag = api('createArgumentsQueue')('gtag', 'q') as (...v: unknown[]) => void;
  gtag('set', { a: 1 });
  t.deepEqual(io.window.q, [['set', { a: 1 }]]);
  t.is(api('callInWindow')('q.constructor', 'x'), undefined);
});

test('host - page, cookies, consent and storage (web)', (t) => {
  const io = createRecordingIo();
  io.page.url = 'https://shop.example:8443/a/b.html?x=1&x=2#top';
  io.page.referrer = 'https://ref.example/?q=s';
  io.page.title = 'Title';
  const { api, req } = host('web', io);
  t.is(api('getUrl')(), 'https://shop.example:8443/a/b.html?x=1&x=2#top');
  t.deepEqual(['protocol', 'host', 'port', 'path', 'query', 'extension', 'fragment'].map((c) => api('getUrl')(c)), [
    'https', 'shop.example', '8443', '/a/b.html', 'x=1&x=2', 'html', 'top',
  ]);
  t.is(api('getQueryParameters')('x'), '1');
  t.deepEqual(api('getQueryParameters')('x', true), ['1', '2']);
  t.is(api('getReferrerUrl')('host'), 'ref.example');
  t.is(api('getReferrerQueryParameters')('q'), 's');
  t.is(api('readTitle')(), 'Title');
  t.is(api('readCharacterSet')(), 'UTF-8');
  t.deepEqual(api('getCookieValues')('c'), []);
  api('setCookie')('c', 'v', { path: '/' });
  t.deepEqual(api('getCookieValues')('c'), ['v']);
  t.true(api('isConsentGranted')('ad_storage'));
  api('setDefaultConsentState')({ ad_storage: 'denied' });
  t.false(api('isConsentGranted')('ad_storage'));
  api('updateConsentState')({ ad_storage: 'granted' });
  t.true(api('isConsentGranted')('ad_storage'));
  const ls = req('localStorage') as Record<string, (...a: unknown[]) => unknown>;
  t.is(ls.getItem?.('k'), null);
  t.true(ls.setItem?.('k', 1));
  t.is(ls.getItem?.('k'), '1');
  const ts = req('templateStorage') as Record<string, (...a: unknown[]) => unknown>;
  ts.setItem?.('k', { a: 1 });
  t.deepEqual(ts.getItem?.('k'), { a: 1 });
  ts.clear?.();
  t.is(ts.getItem?.('k'), null);
  t.deepEqual(api('getContainerVersion')(), { containerId: 'GTM-TEST', debugMode: false, environmentName: '', environmentMode: false, previewMode: false, version: '0' });
  t.is(api('readAnalyticsStorage')(), undefined);
  t.is(api('copyFromDataLayer')('event'), undefined);
});

test('host - callLater runs on the scheduler', (t) => {
  const { api, h } = host('web');
  const order: string[] = [];
  api('callLater')(() => order.push('later'));
  order.push('now');
  h.scheduler.drain();
  t.deepEqual(order, ['now', 'later']);
});

test('host - request getters, response setters (server)', (t) => {
  const io = createRecordingIo();
  io.request = { method: 'POST', path: '/collect', queryString: 'a=1&a=2&b=3', headers: { 'User-Agent': 'ua' }, body: '{}', remoteAddress: '10.0.0.1' };
  const { api } = host('server', io);
  t.is(api('getRequestPath')(), '/collect');
  t.is(api('getRequestMethod')(), 'POST');
  t.is(api('getRequestQueryString')(), 'a=1&a=2&b=3');
  t.deepEqual(api('getRequestQueryParameters')(), { a: ['1', '2'], b: '3' });
  t.is(api('getRequestQueryParameter')('a'), '1');
  t.is(api('getRequestHeader')('user-agent'), 'ua');
  t.is(api('getRequestBody')(), '{}');
  t.is(api('getRemoteAddress')(), '10.0.0.1');
  t.false(api('isRequestMpv2')());
  t.throws(() => api('extractEventsFromMpv2')(), { message: 'extractEventsFromMpv2: the request is not a Measurement Protocol v2 request' });
  api('claimRequest')();
  api('setResponseStatus')(204);
  api('setResponseHeader')('x-a', 'b');
  api('setResponseBody')('ok');
  api('returnResponse')();
  t.deepEqual(io.response, { status: 204, headers: { 'x-a': 'b' }, body: 'ok', returned: true });
  api('setResponseHeader')('x-a', null);
  t.deepEqual(io.response.headers, {});
  t.deepEqual(io.calls, [['claimRequest']]);
});

test('host - sendHttpRequest: promise form and legacy callback form (server)', (t) => {
  const io = createRecordingIo({
    sendHttpRequest: (url, options, body, done) => done(url.includes('fail') ? { reason: 'failed' } : { statusCode: 200, headers: { a: 'b' }, body: `${String(options.method)} ${String(body)}` }),
  });
  const { api, h } = host('server', io);
  const seen: unknown[] = [];
  const p = api('sendHttpRequest')('https://x.example/', { method: 'POST' }, 'payload') as { then: (ok: unknown, ko: unknown) => void };
  p.then((r: unknown) => seen.push(r), undefined);
  api('sendHttpRequest')('https://x.example/', (status: number, headers: unknown, body: string) => seen.push([status, headers, body]), { method: 'PUT' }, 'b');
  (api('sendHttpGet')('https://fail.example/') as { then: (ok: unknown, ko: unknown) => void }).then(undefined, (e: unknown) => seen.push(e));
  h.scheduler.drain();
  t.deepEqual(seen, [{ statusCode: 200, headers: { a: 'b' }, body: 'POST payload' }, [200, { a: 'b' }, 'PUT b'], { reason: 'failed' }]);
});

test('host - event data, template data storage, messages, Promise (server)', (t) => {
  const io = createRecordingIo();
  io.eventData = { user: { id: 'u1' }, event_name: 'page_view' };
  const { api, req, h } = host('server', io);
  t.is(api('getEventData')('user.id'), 'u1');
  t.deepEqual(api('getAllEventData')(), { user: { id: 'u1' }, event_name: 'page_view' });
  const storage = req('templateDataStorage') as Record<string, (...a: unknown[]) => unknown>;
  storage.setItemCopy?.('k', [1]);
  t.deepEqual(storage.getItemCopy?.('k'), [1]);
  const got: unknown[] = [];
  t.false(api('hasMessageListener')('m'));
  api('addMessageListener')('m', (type: string, message: unknown) => got.push([type, message]));
  t.true(api('hasMessageListener')('m'));
  api('sendMessage')('m', { a: 1 });
  t.deepEqual(got, [['m', { a: 1 }]]);
  const P = req('Promise') as { create: (r: unknown) => { then: (f: unknown) => void }; all: (l: unknown) => { then: (f: unknown) => void } };
  P.all([P.create((ok: (v: unknown) => void) => ok(1)), 2]).then((v: unknown) => got.push(v));
  h.scheduler.drain();
  t.deepEqual(got[1], [1, 2]);
  t.true(api('sendPixelFromBrowser')('https://p.example/'));
  t.throws(() => api('hmacSha256')('x', 'key1'), { message: 'hmacSha256: no key "key1" is configured in the test sandbox' });
});

test('host - mocks: a value, a function, an object; mocked calls skip the permission check', (t) => {
  const mocks = new Map();
  const perms = permissions(['perm:sendPixel', 'perm:getUrl', 'perm:localStorage.getItem']);
  const h = createSandboxHost({ context: 'web', io: createRecordingIo(), permissions: perms, pureApis: {}, mocks });
  const req = h.requireFor('template');
  const getUrl = req('getUrl') as () => unknown;
  mocks.set('getUrl', { kind: 'mock', value: 'https://mocked.example/' });
  t.is(getUrl(), 'https://mocked.example/');
  mocks.set('sendPixel', { kind: 'mock', value: (url: string) => `sent ${url}` });
  t.is((req('sendPixel') as (u: string) => unknown)('https://evil.example/'), 'sent https://evil.example/');
  mocks.set('localStorage', { kind: 'object', value: { getItem: (k: string) => `mocked ${k}` } });
  t.is((req('localStorage') as { getItem: (k: string) => unknown }).getItem('a'), 'mocked a');
  mocks.set('templateStorage', { kind: 'mock', value: { getItem: () => 'via mock()' } });
  t.is((req('templateStorage') as { getItem: (k: string) => unknown }).getItem('a'), 'via mock()');
  t.deepEqual(perms.queries, []);
});

test('host - test code gets the APIs un-mocked, unchecked and unrecorded', (t) => {
  const calls: string[] = [];
  const perms = permissions(['perm:setInWindow']);
  const mocks = new Map([['copyFromWindow', { kind: 'mock' as const, value: 'mocked' }]]);
  const h = createSandboxHost({ context: 'web', io: createRecordingIo(), permissions: perms, pureApis: {}, mocks, onCall: (n) => calls.push(n) });
  const req = h.requireFor('test');
  t.true((req('setInWindow') as (k: string, v: unknown) => unknown)('k', 1));
  t.is((req('copyFromWindow') as (k: string) => unknown)('k'), 1);
  t.deepEqual(calls, []);
  t.deepEqual(perms.queries, []);
});

test('host - a deterministic port: an allowed call with plain arguments is checked once for all hosts of the port', (t) => {
  const perms = { ...permissions(['perm:denied']), deterministic: true };
  // Allows the string '1' only, so the memo must keep 1 and '1' apart.
  const port = { ...perms, check: (id: string, ...args: unknown[]) => (args[0] === 1 ? { ok: false as const, message: 'number' } : perms.check(id, ...args)) };
  const hostOf = () => createSandboxHost({ context: 'server', io: createRecordingIo(), permissions: port, pureApis: {} }).requireFor('template');
  const first = hostOf()('getRequestHeader') as (name: unknown) => unknown;
  first('origin');
  first('origin');
  (hostOf()('getRequestHeader') as (name: unknown) => unknown)('origin');
  t.deepEqual(perms.queries, [['perm:getRequestHeader', 'origin']]);
  // A long argument (a URL with a hit in its query) is not remembered.
  const long = 'x'.repeat(300);
  first(long);
  first(long);
  t.is(perms.queries.filter((q) => q[1] === long).length, 2);
  first('1');
  t.throws(() => first(1), { message: 'getRequestHeader: number' });
  t.throws(() => first(1), { message: 'getRequestHeader: number' });
  // An object argument is checked at every call.
  const run = hostOf()('runContainer') as (event: unknown) => unknown;
  run({ a: 1 });
  run({ a: 1 });
  t.is(perms.queries.filter((q) => q[0] === 'perm:runContainer').length, 2);
  // A denial is never remembered as allowed.
  const denied = { ...permissions(['perm:getRequestPath']), deterministic: true };
  const path = createSandboxHost({ context: 'server', io: createRecordingIo(), permissions: denied, pureApis: {} }).requireFor('template')('getRequestPath') as () => unknown;
  t.throws(() => path());
  t.throws(() => path());
  t.is(denied.queries.length, 2);
});

test('host - the default runtime\'s permission port says it is deterministic', async (t) => {
  t.true((await loadDefaultRuntime()).permissionPort([], 'server').deterministic);
});

test('host - a port that does not say it is deterministic is asked at every call', (t) => {
  const perms = permissions();
  const header = createSandboxHost({ context: 'server', io: createRecordingIo(), permissions: perms, pureApis: {} }).requireFor('template')('getRequestHeader') as (name: unknown) => unknown;
  header('origin');
  header('origin');
  t.deepEqual(perms.queries, [['perm:getRequestHeader', 'origin'], ['perm:getRequestHeader', 'origin']]);
});

test('host - an API the port says no call of asks for a permission is never checked; the others still are', (t) => {
  const perms = permissions();
  const asked: string[] = [];
  const port: PermissionPort = { ...perms, asks: (apiName) => apiName !== 'getRequestHeader' };
  const queryFor = port.queryFor;
  port.queryFor = (apiName, args) => {
    asked.push(apiName);
    return queryFor(apiName, args);
  };
  const req = createSandboxHost({ context: 'server', io: createRecordingIo(), permissions: port, pureApis: {} }).requireFor('template');
  (req('getRequestHeader') as (name: unknown) => unknown)('origin');
  (req('getRequestPath') as () => unknown)();
  t.deepEqual(asked, ['getRequestPath']);
});

test('host - the default runtime\'s port asks only for APIs that imply a permission', async (t) => {
  const port = (await loadDefaultRuntime()).permissionPort([], 'server');
  t.false(port.asks?.('encodeUriComponent'));
  t.false(port.asks?.('JSON.stringify'));
  t.false(port.asks?.('constructor'));
  t.true(port.asks?.('sendHttpRequest'));
  t.true(port.asks?.('templateDataStorage.getItemCopy'));
  // A web API's entry does not make a server template ask.
  t.false(port.asks?.('sendPixel'));
});

test('host - a pure API whose result is made for the caller alone gives it uncopied; any other result is a copy', (t) => {
  const made = { protocol: 'https:', searchParams: {} };
  const pureApis = {
    fresh: { contexts: ['server'] as const, value: () => made, freshResult: true },
    shared: { contexts: ['server'] as const, value: () => made },
  };
  const req = createSandboxHost({ context: 'server', io: createRecordingIo(), permissions: permissions(), pureApis }).requireFor('template');
  t.is((req('fresh') as () => unknown)(), made);
  const copy = (req('shared') as () => unknown)();
  t.not(copy, made);
  t.deepEqual(copy, made);
});
