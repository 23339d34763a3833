/**
 * Web APIs that reach outside the sandbox (research/gtm-sandbox.md §2.1), implemented over `SandboxIo`.
 * Names and signatures are GTM's; values arrive already copied across the boundary by the host.
 */
import { asRecord, isFn, readPath, writePath, type ApiSpec, type Fn } from './env.ts';
import { queryParameters, urlComponent } from './url-parts.ts';

const web = ['web'] as const;
const both = ['web', 'server'] as const;
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const cb = (v: unknown): Fn | undefined => (isFn(v) ? v : undefined);

export const webApis: Record<string, ApiSpec> = {
  addConsentListener: { contexts: web, make: (env) => (type: unknown, listener: unknown) => {
    if (isFn(listener)) env.io.consent.addListener(str(type), listener);
  } },
  addEventCallback: { contexts: both, make: (env) => (callback: unknown) => {
    if (isFn(callback)) env.io.addEventCallback(callback);
  } },
  aliasInWindow: { contexts: web, make: (env) => (toPath: unknown, fromPath: unknown) => {
    const from = readPath(env.io.window, str(fromPath));
    if (from.parent === undefined) return false;
    writePath(env.io.window, str(toPath), from.value);
    return true;
  } },
  callInWindow: { contexts: web, make: (env) => (path: unknown, ...args: unknown[]) => {
    const { parent, value } = readPath(env.io.window, str(path));
    return isFn(value) ? value.apply(parent, args) : undefined;
  } },
  callLater: { contexts: both, make: (env) => (fn: unknown) => {
    if (isFn(fn)) env.scheduler.callLater(() => void fn());
  } },
  copyFromDataLayer: { contexts: web, make: (env) => (key: unknown, version: unknown) =>
    env.io.copyFromDataLayer(str(key), typeof version === 'number' ? version : 2) },
  copyFromWindow: { contexts: web, make: (env) => (key: unknown) => readPath(env.io.window, str(key)).value },
  createArgumentsQueue: { contexts: web, make: (env) => (fnKey: unknown, arrayKey: unknown) => {
    const queue = ensureArray(env.io.window, str(arrayKey));
    const existing = readPath(env.io.window, str(fnKey)).value;
    if (isFn(existing)) return existing;
    const fn = function (...args: unknown[]): void {
      queue.push(args);
    };
    writePath(env.io.window, str(fnKey), fn);
    return fn;
  } },
  createQueue: { contexts: web, make: (env) => (arrayKey: unknown) => {
    const queue = ensureArray(env.io.window, str(arrayKey));
    return (...items: unknown[]) => void queue.push(...items);
  } },
  getContainerVersion: { contexts: both, make: (env) => () => env.io.containerVersion },
  getCookieValues: { contexts: both, make: (env) => (name: unknown, flag: unknown) =>
    env.io.getCookieValues(str(name), env.context === 'web' ? flag !== false : flag !== true) },
  getQueryParameters: { contexts: web, make: (env) => (key: unknown, retrieveAll: unknown) =>
    queryParameters(env.io.page.url, str(key), retrieveAll === true) },
  getReferrerQueryParameters: { contexts: web, make: (env) => (key: unknown, retrieveAll: unknown) =>
    queryParameters(env.io.page.referrer, str(key), retrieveAll === true) },
  getReferrerUrl: { contexts: web, make: (env) => (component: unknown) => urlComponent(env.io.page.referrer, component) },
  getUrl: { contexts: web, make: (env) => (component: unknown) => urlComponent(env.io.page.url, component) },
  gtagSet: { contexts: web, make: (env) => (settings: unknown) => env.io.gtagSet(asRecord(settings)) },
  injectHiddenIframe: { contexts: web, make: (env) => (url: unknown, onSuccess: unknown) =>
    env.io.injectHiddenIframe(str(url), cb(onSuccess)) },
  injectScript: { contexts: web, make: (env) => (url: unknown, onSuccess: unknown, onFailure: unknown, cacheToken: unknown) =>
    env.io.injectScript(str(url), cb(onSuccess), cb(onFailure), cacheToken) },
  isConsentGranted: { contexts: web, make: (env) => (type: unknown) => env.io.consent.isGranted(str(type)) },
  localStorage: { contexts: web, make: (env) => ({
    getItem: (key: unknown) => env.io.localStorage.get(str(key)) ?? null,
    setItem: (key: unknown, value: unknown) => {
      env.io.localStorage.set(str(key), str(value));
      return true;
    },
    removeItem: (key: unknown) => void env.io.localStorage.delete(str(key)),
  }) },
  logToConsole: { contexts: both, make: (env) => (...args: unknown[]) => env.io.log(args) },
  queryPermission: { contexts: both, make: (env) => (permissionId: unknown, ...args: unknown[]) =>
    env.queryPermission(str(permissionId), ...args) },
  readAnalyticsStorage: { contexts: web, make: () => () => undefined },
  readCharacterSet: { contexts: web, make: (env) => () => env.io.page.characterSet },
  readTitle: { contexts: web, make: (env) => () => env.io.page.title },
  sendPixel: { contexts: web, make: (env) => (url: unknown, onSuccess: unknown, onFailure: unknown) =>
    env.io.sendPixel(str(url), cb(onSuccess), cb(onFailure)) },
  setCookie: { contexts: both, make: (env) => (name: unknown, value: unknown, options: unknown, flag: unknown) =>
    env.io.setCookie(str(name), str(value), asRecord(options), env.context === 'web' ? flag !== false : flag !== true) },
  setDefaultConsentState: { contexts: web, make: (env) => (state: unknown) => env.io.consent.setDefault(asRecord(state)) },
  updateConsentState: { contexts: web, make: (env) => (state: unknown) => env.io.consent.update(asRecord(state)) },
  setInWindow: { contexts: web, make: (env) => (key: unknown, value: unknown, overrideExisting: unknown) => {
    const existing = readPath(env.io.window, str(key));
    if (existing.parent !== undefined && overrideExisting !== true) return false;
    writePath(env.io.window, str(key), value);
    return true;
  } },
  templateStorage: { contexts: web, make: (env) => ({
    getItem: (key: unknown) => (env.templateStorage.has(str(key)) ? env.templateStorage.get(str(key)) : null),
    setItem: (key: unknown, value: unknown) => void env.templateStorage.set(str(key), value),
    removeItem: (key: unknown) => void env.templateStorage.delete(str(key)),
    clear: () => env.templateStorage.clear(),
  }) },
};

function ensureArray(window: Record<string, unknown>, path: string): unknown[] {
  const existing = readPath(window, path).value;
  if (Array.isArray(existing)) return existing;
  const array: unknown[] = [];
  writePath(window, path, array);
  return array;
}
