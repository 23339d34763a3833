/**
 * The function template code calls for an API. At every call it copies the arguments across the boundary, records
 * the call, uses the test's mock when there is one (mocked APIs skip the permission check, GTM's rule), else asks
 * the permission model which `queryPermission` calls the API implies and refuses the call when one is denied, then
 * calls the API for the execution and copies the result back.
 *
 * One wrapper serves one host (host.ts: a test scenario, a browser event) or every execution of a loaded template
 * (shared-require.ts: a server's requests): `siteOf` gives, at each call, the execution whose code is calling.
 */
import type { Boundary } from './boundary.ts';
import { ScenarioAbort, SandboxError } from './errors.ts';
import type { AllowedCalls } from './allowed-calls.ts';
import { isFn, type ApiEnv, type Fn } from './apis/env.ts';
import type { Mock, PermissionPort } from './host.ts';

/** What an API call needs from the execution whose code makes it. */
export interface ApiCallSite {
  readonly boundary: Boundary;
  /** Consulted at call time; the test API fills it. */
  readonly mocks: ReadonlyMap<string, Mock>;
  readonly onCall: ((apiName: string, args: unknown[]) => void) | undefined;
  /** What this execution's APIs use: its I/O, scheduler, promises, boundary and stores. */
  readonly env: ApiEnv;
  /** This host's own `require` for template code: what a shared `require` falls back to for an API it cannot share. */
  require(name: unknown): unknown;
}

/** Throws the permission refusal of an API call, or returns when every permission it implies is granted. */
export type PermissionCheck = (apiName: string, args: unknown[]) => void;

/**
 * The permission checks of a port: for an API (`name` or `name.method`), the check of its calls, or undefined when
 * no call of it implies a query. `allowed`: for a deterministic port (see PermissionPort), the calls it allowed,
 * shared by everything checking against that port, so a call with plain arguments is checked once.
 */
export function permissionChecks(permissions: PermissionPort, allowed: AllowedCalls | undefined): (path: string) => PermissionCheck | undefined {
  const check: PermissionCheck = (apiName, args) => {
    if (allowed?.has(apiName, args) === true) return;
    for (const query of permissions.queryFor(apiName, args)) {
      const verdict = permissions.check(String(query[0]), ...query.slice(1));
      if (!verdict.ok) throw new ScenarioAbort(`${apiName}: ${verdict.message}`, 'permission');
    }
    allowed?.add(apiName, args);
  };
  return (path) => (permissions.asks?.(path) === false ? undefined : check);
}

export interface ApiFunctionSpec {
  /** The API's name: what `mock(name, …)` replaces. */
  name: string;
  /** `name`, or `name.method` for a method of an object API. */
  path: string;
  /** Arguments and result are the caller's own values, not copies (`Object.freeze`, `Object.delete`). */
  byReference: boolean;
  /** The result is already a fresh copy made for the caller (`templateDataStorage.getItemCopy`): not copied again. */
  freshResult: boolean;
}

/**
 * `impl` gives the function to call for the calling execution (the API, or a mock object's method).
 * `check`: undefined for an API no call of which implies a permission, and for a `mockObject` mock's methods.
 */
export function apiFunction(spec: ApiFunctionSpec, check: PermissionCheck | undefined, siteOf: () => ApiCallSite, impl: (site: ApiCallSite) => unknown): Fn {
  // Fixed per wrapper, so decided once here rather than at every call (API calls are most of a server request).
  const { name, path, byReference } = spec;
  const copiesResult = !byReference && !spec.freshResult;
  const mockable = path === name;
  return (...args: unknown[]) => {
    const site = siteOf();
    const boundary = site.boundary;
    // `args` is this call's own array: the copies replace the caller's values in place.
    if (!byReference) for (let i = 0; i < args.length; i += 1) args[i] = boundary.copy(args[i]);
    site.onCall?.(path, boundary.original(args) as unknown[]);
    const mock = mockable && site.mocks.size > 0 ? site.mocks.get(name) : undefined;
    if (mock !== undefined && mock.kind === 'mock') {
      return boundary.copy(isFn(mock.value) ? mock.value(...args) : mock.value);
    }
    if (check !== undefined) check(path, args);
    const fn = impl(site);
    if (!isFn(fn)) throw new SandboxError(`${path} is not a function`);
    const result = fn(...args);
    return copiesResult ? boundary.copy(result) : result;
  };
}
