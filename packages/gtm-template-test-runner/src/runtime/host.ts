/**
 * The sandbox host: what `require(name)` gives sandboxed code. One host serves the test runner (recording I/O,
 * mocks, call records) and, with real I/O, the local sGTM server and the browser host.
 *
 * For template code, every API function is a wrapper (./api-wrapper.ts) that copies its arguments across the
 * boundary, records the call, uses the test's mock when there is one, else checks the permissions the call
 * implies. Test code gets the same APIs un-mocked, unchecked and unrecorded.
 */
import { AllowedCalls } from './allowed-calls.ts';
import { apiFunction, permissionChecks, type ApiCallSite } from './api-wrapper.ts';
import { createBoundary, type Boundary } from './boundary.ts';
import { SandboxError } from './errors.ts';
import { createPromiseApi, type PromiseApi } from './promise.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import type { SandboxIo } from './io.ts';
import { isFn, type ApiEnv, type ApiSpec, type Fn, type SandboxContext } from './apis/env.ts';
import { serverApis } from './apis/server.ts';
import { webApis } from './apis/web.ts';

/** The permission model as the host needs it (implemented in `src/permissions/`). */
export interface PermissionPort {
  /** The `queryPermission` calls an API call implies, e.g. `sendPixel(url)` → `[['send_pixel', url]]`. */
  queryFor(apiName: string, args: unknown[]): unknown[][];
  /**
   * False when no call of `apiName` implies any query (`encodeUriComponent`, `JSON.parse`): its wrappers then skip
   * the check altogether, instead of asking at every call. Left out: every call is asked.
   */
  asks?(apiName: string): boolean;
  check(permissionId: string, ...args: unknown[]): { ok: true } | { ok: false; message: string };
  /**
   * True when `queryFor` and `check` answer from their arguments alone (no clock, no state, no earlier calls):
   * the hosts sharing this port then remember which API calls with plain arguments were allowed and skip their
   * checks when they come again (a server client asks for the same request parts on every request).
   */
  readonly deterministic?: boolean;
}

/** Per deterministic port: the calls it allowed, shared by every host of that port (a loaded template's executions). */
const allowedCalls = new WeakMap<PermissionPort, AllowedCalls>();

/** A pure API (no I/O): `src/apis/pure/index.ts`'s table entry. */
export interface PureApi {
  contexts: readonly SandboxContext[];
  value: unknown;
  /** Methods whose arguments and result are the caller's own objects, not copies (`Object.freeze`, `Object.delete`). */
  byReference?: readonly string[];
  /** A function API whose result is plain data it made for the caller alone (`parseUrl`): not copied again. */
  freshResult?: boolean;
}

export type Mock = { kind: 'mock'; value: unknown } | { kind: 'object'; value: unknown };

export interface SandboxHostOptions {
  context: SandboxContext;
  io: SandboxIo;
  permissions: PermissionPort;
  pureApis: Readonly<Record<string, PureApi>>;
  scheduler?: Scheduler;
  boundary?: Boundary;
  /** Consulted at call time; the test API fills it. */
  mocks?: Map<string, Mock>;
  /** Called for every template-side API call, with the arguments as the caller passed them (functions unwrapped). */
  onCall?: (apiName: string, args: unknown[]) => void;
  /** Shared between template and test code; survives a host when passed in (server: across executions). */
  templateStorage?: Map<string, unknown>;
}

export interface SandboxHost {
  readonly context: SandboxContext;
  readonly scheduler: Scheduler;
  readonly boundary: Boundary;
  readonly promises: PromiseApi;
  readonly io: SandboxIo;
  /** `require` for template code (mocks, permission checks, records) or test code (plain). */
  requireFor(caller: 'template' | 'test'): (name: unknown) => unknown;
  /** Names template code asked for with `require`. */
  readonly required: Set<string>;
  /** What this host's execution's API calls use (its boundary, mocks, env), for wrappers shared by hosts. */
  readonly site: ApiCallSite;
  apiNames(): string[];
}

/** The immutable part of a host: every API's spec and the by-reference method paths. */
export interface ApiTable {
  readonly specs: Readonly<Record<string, ApiSpec>>;
  readonly byReference: ReadonlySet<string>;
  /**
   * Per API name, whether what its spec makes is a function, learnt from the first host that made it (a spec
   * makes the same kind of value for every host): later hosts hand template code a function API's wrapper
   * without making the API until it is called. A server client requires ~20 APIs per request and calls half.
   */
  readonly functionApis: Map<string, boolean>;
  /** Names whose value is a pure API's (the same for every host: no I/O, nothing per execution). */
  readonly pure: ReadonlySet<string>;
  /** API names and `name.method` paths whose result is already the caller's own (ApiSpec `freshResults`, PureApi `freshResult`). */
  readonly freshResults: ReadonlySet<string>;
}

const hostSpecs: Readonly<Record<string, ApiSpec>> = { ...webApis, ...serverApis };

/**
 * Built once per pure-API table, not per host: a server executes one loaded template per request with the same
 * pure APIs, and rebuilding this table was a sizeable share of each request.
 */
const apiTables = new WeakMap<object, ApiTable>();

export function apiTable(pureApis: Readonly<Record<string, PureApi>>): ApiTable {
  const cached = apiTables.get(pureApis);
  if (cached !== undefined) return cached;
  const byReference = new Set<string>();
  const freshResults = new Set<string>();
  const specs: Record<string, ApiSpec> = {};
  for (const [name, api] of Object.entries(pureApis)) {
    for (const m of api.byReference ?? []) byReference.add(`${name}.${m}`);
    if (api.freshResult === true) freshResults.add(name);
    specs[name] = { contexts: api.contexts, make: () => api.value };
  }
  const pure = new Set(Object.keys(pureApis));
  for (const [name, spec] of Object.entries(hostSpecs)) {
    specs[name] = spec;
    pure.delete(name);
    for (const m of spec.freshResults ?? []) freshResults.add(`${name}.${m}`);
  }
  const table: ApiTable = { specs, byReference, functionApis: new Map(), pure, freshResults };
  apiTables.set(pureApis, table);
  return table;
}

/** The calls a deterministic port allowed, shared by everything that checks against it. */
export function allowedCallsOf(port: PermissionPort): AllowedCalls {
  let calls = allowedCalls.get(port);
  if (calls === undefined) allowedCalls.set(port, (calls = new AllowedCalls()));
  return calls;
}

export function createSandboxHost(options: SandboxHostOptions): SandboxHost {
  const scheduler = options.scheduler ?? createScheduler();
  const boundary = options.boundary ?? createBoundary();
  const promises = createPromiseApi(scheduler, boundary);
  const mocks = options.mocks ?? new Map<string, Mock>();
  const required = new Set<string>();
  const { context, io, permissions } = options;

  const env: ApiEnv = {
    context,
    io,
    scheduler,
    promises,
    boundary,
    templateStorage: options.templateStorage ?? new Map(),
    messageListeners: new Map(),
    queryPermission: (id, ...args) => permissions.check(id, ...args).ok,
  };

  const { byReference, specs, functionApis, freshResults } = apiTable(options.pureApis);
  const copy = (path: string, value: unknown): unknown => (byReference.has(path) ? value : boundary.copy(value));

  const made = new Map<string, unknown>();
  const real = (name: string): unknown => {
    let value = made.get(name);
    if (value === undefined && !made.has(name)) {
      value = (specs[name] as ApiSpec).make(env);
      made.set(name, value);
    }
    return value;
  };

  const checkFor = permissionChecks(permissions, permissions.deterministic === true ? allowedCallsOf(permissions) : undefined);

  let ownRequire: ((name: unknown) => unknown) | undefined;
  const site: ApiCallSite = {
    boundary,
    mocks,
    onCall: options.onCall,
    env,
    require: (name) => (ownRequire ??= host.requireFor('template'))(name),
  };
  const thisSite = (): ApiCallSite => site;

  /**
   * A function API as template code sees it. `path` is `name` or `name.method` for object APIs; `mockObject`
   * methods come as `mocked` (no permission check), `mock(name, …)` is looked up at call time.
   */
  const templateFunction = (name: string, path: string, impl: () => unknown, mocked: boolean): Fn =>
    apiFunction({ name, path, byReference: byReference.has(path), freshResult: !mocked && freshResults.has(path) }, mocked ? undefined : checkFor(path), thisSite, impl);

  const testFunction = (path: string, fn: Fn): Fn => (...args: unknown[]) => copy(path, fn(...args.map((a) => copy(path, a))));

  const objectApi = (value: Record<string, unknown>, wrap: (method: string, fn: Fn) => Fn): unknown =>
    boundary.opaque(frozenObjectApi(value, wrap, (member) => boundary.copy(member)));

  const isObjectApi = (key: string): boolean => {
    const value = real(key);
    return typeof value === 'object' && value !== null;
  };

  const lookup = (name: unknown): string => lookupApi(specs, context, name);

  const host: SandboxHost = {
    context,
    scheduler,
    boundary,
    promises,
    io,
    required,
    site,
    apiNames: () => Object.keys(specs).filter((n) => (specs[n] as ApiSpec).contexts.includes(context)),
    requireFor(caller) {
      if (caller === 'test') {
        return (name) => {
          const key = lookup(name);
          const value = real(key);
          if (isFn(value)) return testFunction(key, value);
          if (typeof value === 'object' && value !== null) return objectApi(value as Record<string, unknown>, (m, fn) => testFunction(`${key}.${m}`, fn));
          return boundary.copy(value);
        };
      }
      // What an un-mocked API looks like to template code depends only on its name (a function API consults the
      // mocks at each call), so `require` of the same name gives the same value again instead of new wrappers:
      // compiled templates require one API in several modules (JSON three times, makeInteger four).
      const unmocked = new Map<string, unknown>();
      return (name) => {
        const key = lookup(name);
        required.add(key);
        const mock = mocks.get(key);
        // `mock(name, object)` of an object API (localStorage, templateStorage…) acts as `mockObject`.
        const objectMock = mock !== undefined && (mock.kind === 'object' || (isObjectApi(key) && typeof mock.value === 'object' && mock.value !== null));
        if (mock !== undefined && objectMock) {
          const value = mock.value;
          if (typeof value !== 'object' || value === null) return boundary.copy(value);
          return objectApi(value as Record<string, unknown>, (method, fn) => templateFunction(key, `${key}.${method}`, () => fn, true));
        }
        const known = unmocked.get(key);
        if (known !== undefined) return known;
        // A function API known from an earlier host is not made here: its wrapper makes it at the first call.
        const value = functionApis.get(key) === true ? undefined : real(key);
        if (value !== undefined) functionApis.set(key, isFn(value));
        let api: unknown;
        if (typeof value === 'object' && value !== null && !isFn(value)) {
          const record = value as Record<string, unknown>;
          api = objectApi(record, (method) => templateFunction(key, `${key}.${method}`, () => record[method], false));
        } else {
          api = templateFunction(key, key, () => real(key), false);
        }
        unmocked.set(key, api);
        return api;
      };
    },
  };
  return host;
}

/** Whether `key` names an API of `context` (an own entry of the table: `constructor` is none). */
export function isApiOf(specs: Readonly<Record<string, ApiSpec>>, context: SandboxContext, key: string): boolean {
  return Object.hasOwn(specs, key) && (specs[key] as ApiSpec).contexts.includes(context);
}

/** The API `name` names, checked: a known API of `context`, else the error `require` raises in GTM's place. */
export function lookupApi(specs: Readonly<Record<string, ApiSpec>>, context: SandboxContext, name: unknown): string {
  const key = typeof name === 'string' ? name : String(name);
  if (!isApiOf(specs, context, key)) throw new SandboxError(`require('${key}'): no such API in ${context} templates`);
  return key;
}

/**
 * An object API as template code sees it: its methods through `method`, its other members copied by `constant`,
 * frozen (no execution can change it). The caller marks it opaque to its boundary.
 */
export function frozenObjectApi(value: object, method: (name: string, fn: Fn) => Fn, constant: (member: unknown) => unknown): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) out[name] = isFn(member) ? method(name, member) : constant(member);
  return Object.freeze(out);
}
