/**
 * Server APIs that reach outside the sandbox (research/gtm-sandbox.md §2.2), implemented over `SandboxIo`.
 * `sendHttpRequest` accepts both the promise form and the legacy callback form.
 */
import { freshCopy } from '../literal-copy.ts';
import { SandboxError } from '../errors.ts';
import type { HttpResult } from '../io.ts';
import type { SettleLater } from '../promise.ts';
import { asRecord, isFn, readPath, type ApiEnv, type ApiSpec, type Fn } from './env.ts';

const server = ['server'] as const;
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/**
 * The last query string parsed and its parameters: a client reads one parameter at a time, so the same query
 * string is parsed many times per request. The parsed record is never handed out itself (results cross the
 * boundary as copies) and never changed, so sharing it is safe.
 */
let parsedQuery: { text: string; value: Readonly<Record<string, string | string[]>> } | undefined;

function queryOf(env: ApiEnv): Readonly<Record<string, string | string[]>> {
  const text = env.io.request.queryString;
  if (parsedQuery !== undefined && parsedQuery.text === text) return parsedQuery.value;
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const prior = out[key];
    out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  parsedQuery = { text, value: out };
  return out;
}

function headerOf(env: ApiEnv, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const entry = Object.entries(env.io.request.headers).find(([k]) => k.toLowerCase() === wanted);
  return entry?.[1];
}

/** `sendHttpRequest(url, options?, body?) → Promise` or legacy `sendHttpRequest(url, callback, options?, body?)`. */
function httpRequest(env: ApiEnv, url: unknown, second: unknown, third: unknown, fourth: unknown, forceGet: boolean): unknown {
  const legacy = isFn(second);
  const options = { ...asRecord(legacy ? third : second) };
  if (forceGet) options.method = 'GET';
  const body = legacy ? fourth : third;
  if (legacy) {
    const callback = second as Fn;
    // The callback is sandboxed code that runs after the execution's run returned: it holds the site its API
    // calls go through and brings it back (scheduler.ts useApiSite).
    // What it needs later is read now: an implementation reads `env` only during its call (shared-require.ts).
    const scheduler = env.scheduler;
    const site = scheduler.apiSite;
    env.io.sendHttpRequest(str(url), options, body, (result) => {
      scheduler.callLater(() => {
        scheduler.useApiSite(site);
        if ('reason' in result) callback(500, {}, '');
        else callback(result.statusCode, result.headers, result.body);
      });
    });
    return undefined;
  }
  return env.promises.createLater((settle) => env.io.sendHttpRequest(str(url), options, body, outcomeTo(settle)));
}

/** The HTTP outcome as the promise's settlement: a response (any status) fulfils it, a failure or timeout rejects it. */
function outcomeTo(settle: SettleLater): (result: HttpResult | { reason: string }) => void {
  return (result) => settle(!('reason' in result), result);
}

const pending = (env: ApiEnv): unknown => env.promises.create(() => undefined);

export const serverApis: Record<string, ApiSpec> = {
  claimRequest: { contexts: server, make: (env) => () => env.io.claimRequest() },
  getRequestPath: { contexts: server, make: (env) => () => env.io.request.path },
  getRequestMethod: { contexts: server, make: (env) => () => env.io.request.method },
  getRequestQueryString: { contexts: server, make: (env) => () => env.io.request.queryString },
  getRequestQueryParameters: { contexts: server, make: (env) => () => queryOf(env) },
  getRequestQueryParameter: { contexts: server, make: (env) => (name: unknown) => {
    const value = queryOf(env)[str(name)];
    return Array.isArray(value) ? value[0] : value;
  } },
  getRequestBody: { contexts: server, make: (env) => () => env.io.request.body },
  getRequestHeader: { contexts: server, make: (env) => (name: unknown) => headerOf(env, str(name)) },
  getRemoteAddress: { contexts: server, make: (env) => () => env.io.request.remoteAddress },
  isRequestMpv1: { contexts: server, make: () => () => false },
  isRequestMpv2: { contexts: server, make: () => () => false },
  extractEventsFromMpv1: { contexts: server, make: () => () => {
    throw new SandboxError('extractEventsFromMpv1: the request is not a Measurement Protocol v1 request');
  } },
  extractEventsFromMpv2: { contexts: server, make: () => () => {
    throw new SandboxError('extractEventsFromMpv2: the request is not a Measurement Protocol v2 request');
  } },
  runContainer: { contexts: server, make: (env) => (event: unknown, onComplete: unknown, onStart: unknown) =>
    env.io.runContainer(asRecord(event), isFn(onComplete) ? onComplete : undefined, isFn(onStart) ? onStart : undefined) },
  returnResponse: { contexts: server, make: (env) => () => {
    env.io.response.returned = true;
  } },
  setResponseBody: { contexts: server, make: (env) => (body: unknown) => {
    env.io.response.body = str(body);
  } },
  setResponseStatus: { contexts: server, make: (env) => (status: unknown) => {
    env.io.response.status = Number(status);
  } },
  setResponseHeader: { contexts: server, make: (env) => (name: unknown, value: unknown) => {
    if (value === null || value === undefined) delete env.io.response.headers[str(name)];
    else env.io.response.headers[str(name)] = str(value);
  } },
  setPixelResponse: { contexts: server, make: (env) => () => {
    env.io.response.status = 200;
    env.io.response.body = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
    env.io.response.headers['content-type'] = 'image/gif';
    env.io.response.headers['cache-control'] = 'no-store';
  } },
  sendHttpRequest: { contexts: server, make: (env) => (url: unknown, a: unknown, b: unknown, c: unknown) => httpRequest(env, url, a, b, c, false) },
  sendHttpGet: { contexts: server, make: (env) => (url: unknown, a: unknown, b: unknown) => httpRequest(env, url, a, b, undefined, true) },
  getEventData: { contexts: server, make: (env) => (keyPath: unknown) => readPath(env.io.eventData, str(keyPath)).value },
  getAllEventData: { contexts: server, make: (env) => () => env.io.eventData },
  // getItemCopy's copy is its own (literal-copy.ts: a configuration read at every request is copied from a
  // compiled literal); the store only ever replaces values, never edits them.
  templateDataStorage: { contexts: server, freshResults: ['getItemCopy'], make: (env) => ({
    getItemCopy: (key: unknown) => (env.templateStorage.has(str(key)) ? freshCopy(env.templateStorage.get(str(key)), env.boundary) : null),
    setItemCopy: (key: unknown, value: unknown) => void env.templateStorage.set(str(key), value),
    removeItem: (key: unknown) => void env.templateStorage.delete(str(key)),
    clear: () => env.templateStorage.clear(),
  }) },
  getClientName: { contexts: server, make: (env) => () => env.io.clientName },
  BigQuery: { contexts: server, make: (env) => ({
    insert: (connection: unknown, rows: unknown, options: unknown) =>
      env.promises.create((resolve: Fn, reject: Fn) =>
        env.io.bigQueryInsert(connection, rows, options, (error) => (error === undefined ? resolve(undefined) : reject(error)))),
  }) },
  Firestore: { contexts: server, make: (env) => {
    const op = (operation: string) => (...args: unknown[]) =>
      env.promises.create((resolve: Fn, reject: Fn) =>
        env.io.firestore(operation, args, (error, value) => (error === undefined ? resolve(value) : reject(error))));
    return { read: op('read'), write: op('write'), query: op('query'), runTransaction: op('runTransaction') };
  } },
  getGoogleAuth: { contexts: server, make: (env) => (options: unknown) => env.boundary.opaque({ scopes: asRecord(options).scopes }) },
  getGoogleScript: { contexts: server, make: (env) => () => pending(env) },
  sendEventToGoogleAnalytics: { contexts: server, make: (env) => () => pending(env) },
  sendPixelFromBrowser: { contexts: server, make: (env) => (url: unknown) => env.io.sendPixelFromBrowser(str(url)) },
  addMessageListener: { contexts: server, make: (env) => (type: unknown, listener: unknown) => {
    if (!isFn(listener)) return;
    const list = env.messageListeners.get(str(type)) ?? [];
    list.push(listener as (t: string, m: unknown) => void);
    env.messageListeners.set(str(type), list);
  } },
  hasMessageListener: { contexts: server, make: (env) => (type: unknown) => (env.messageListeners.get(str(type)) ?? []).length > 0 },
  sendMessage: { contexts: server, make: (env) => (type: unknown, message: unknown) => {
    for (const listener of env.messageListeners.get(str(type)) ?? []) listener(str(type), message);
  } },
  hmacSha256: { contexts: server, make: () => (_input: unknown, keyId: unknown) => {
    throw new SandboxError(`hmacSha256: no key "${str(keyId)}" is configured in the test sandbox`);
  } },
  Promise: { contexts: server, make: (env) => ({
    create: (resolver: unknown) => env.promises.create(resolver),
    all: (list: unknown) => env.promises.all(list),
  }) },
};
