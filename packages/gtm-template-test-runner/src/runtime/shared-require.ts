/**
 * `require` for every execution of one loaded template (execute.ts: a server's requests). A host's own `require`
 * makes a wrapper per API for its one execution; a server made ~20 of them per request. This one makes each API's
 * wrapper once per loaded template, and each call finds the execution whose code is calling (`siteOf`: the running
 * scheduler's) and runs with that execution's boundary and I/O, so no execution can tell the difference: the
 * wrappers hold nothing of any execution, and sandboxed code can change neither a function (a write to a
 * function's property fails) nor an object API (frozen). The APIs themselves are made once as well, with an env
 * whose every field is the calling execution's (so an API implementation reads its env only during its calls:
 * ApiSpec.make).
 *
 * Because `require('name')` of a known API then gives the same value at every execution, the declarations it
 * initializes can be made once per loaded template too (hoist.ts `requiresOnce`), and with them the functions
 * that call APIs. An API whose value cannot be made before any execution (its spec reads the host at once) stays
 * per execution: `require` gives the running host's own wrapper.
 */
import { apiFunction, permissionChecks, type ApiCallSite } from './api-wrapper.ts';
import { createBoundary } from './boundary.ts';
import { isFn, type ApiEnv, type ApiSpec, type SandboxContext } from './apis/env.ts';
import { allowedCallsOf, apiTable, frozenObjectApi, isApiOf, lookupApi, type PermissionPort, type PureApi } from './host.ts';

export interface SharedRequire {
  /** What template code calls `require`: the same value per name for every execution. */
  require(name: unknown): unknown;
  /** `require(name)` can be made before any execution: a known API of the context whose value is made without its host. */
  requiresOnce(name: string): boolean;
  /** The object APIs it handed out: they cross the boundary unchanged, as a host's own object APIs do. */
  isOpaque(value: object): boolean;
}

export interface SharedRequireOptions {
  context: SandboxContext;
  permissions: PermissionPort;
  pureApis: Readonly<Record<string, PureApi>>;
  /** The execution whose code is running (throws when none is). */
  siteOf(): ApiCallSite;
}

/** What a spec may not touch when made before any execution: every read of it means "make it per execution". */
const noHost = new Proxy({}, {
  get() {
    throw new Error('an API made before any execution reads its host');
  },
}) as ApiEnv;

const PER_EXECUTION: unique symbol = Symbol('per execution');

/** The env of the execution whose code is running, read at each use (throws when none is running). */
function runningEnv(context: SandboxContext, siteOf: () => ApiCallSite): ApiEnv {
  return {
    context,
    get io() {
      return siteOf().env.io;
    },
    get scheduler() {
      return siteOf().env.scheduler;
    },
    get promises() {
      return siteOf().env.promises;
    },
    get boundary() {
      return siteOf().env.boundary;
    },
    get templateStorage() {
      return siteOf().env.templateStorage;
    },
    get messageListeners() {
      return siteOf().env.messageListeners;
    },
    queryPermission: (permissionId, ...args) => siteOf().env.queryPermission(permissionId, ...args),
  };
}

export function createSharedRequire(options: SharedRequireOptions): SharedRequire {
  const { context, siteOf } = options;
  const { specs, byReference, pure, freshResults } = apiTable(options.pureApis);
  const checkFor = permissionChecks(options.permissions, options.permissions.deterministic === true ? allowedCallsOf(options.permissions) : undefined);
  // Non-function members of object APIs (constants) are copied once; nothing of an execution is involved.
  const loadBoundary = createBoundary();
  const shared = new Map<string, unknown>();
  const opaque = new WeakSet<object>();

  /** The API's value made without a host (a pure API's own), or PER_EXECUTION when its spec needs one. */
  const madeWithoutHost = (key: string): unknown => {
    try {
      return specs[key]?.make(noHost);
    } catch {
      return PER_EXECUTION;
    }
  };

  // The APIs are made once too, with the calling execution's env (ApiSpec.make reads it only during calls).
  const env = runningEnv(context, siteOf);

  const wrap = (key: string, probed: unknown): unknown => {
    const value = pure.has(key) ? probed : (specs[key] as ApiSpec).make(env);
    if (isFn(value)) {
      return apiFunction({ name: key, path: key, byReference: byReference.has(key), freshResult: freshResults.has(key) }, checkFor(key), siteOf, () => value);
    }
    if (typeof value !== 'object' || value === null) return loadBoundary.copy(value);
    const out = frozenObjectApi(value, (method, member) => {
      const path = `${key}.${method}`;
      return apiFunction({ name: key, path, byReference: byReference.has(path), freshResult: freshResults.has(path) }, checkFor(path), siteOf, () => member);
    }, (member) => loadBoundary.copy(member));
    opaque.add(out);
    return out;
  };

  /** The shared value of `key`, made at its first `require`; PER_EXECUTION for an API that needs its host. */
  const sharedValue = (key: string): unknown => {
    if (shared.has(key)) return shared.get(key);
    const made = madeWithoutHost(key);
    const value = made === PER_EXECUTION ? PER_EXECUTION : wrap(key, made);
    shared.set(key, value);
    return value;
  };

  return {
    require(name) {
      const key = lookupApi(specs, context, name);
      const value = sharedValue(key);
      return value === PER_EXECUTION ? siteOf().require(key) : value;
    },
    requiresOnce(name) {
      return isApiOf(specs, context, name) && sharedValue(name) !== PER_EXECUTION;
    },
    isOpaque: (value) => opaque.has(value),
  };
}
