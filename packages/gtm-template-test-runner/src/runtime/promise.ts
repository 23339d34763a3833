/**
 * The server sandbox's `Promise` API (`Promise.create(resolver)`, `Promise.all(list)`; instances with `then`,
 * `catch`, `finally`), settled on the runner's scheduler so it can be drained before `runCode` returns. A
 * sandbox promise is a plain object whose methods are own properties (the sandbox reaches no prototypes).
 * Hand-made thenables (`{ then: cb => cb(value) }`, as published mocks return) are adopted like native ones.
 */
import type { Boundary } from './boundary.ts';
import { isScenarioAbort } from './errors.ts';
import type { Scheduler } from './scheduler.ts';

type Settled = { state: 'pending' } | { state: 'fulfilled'; value: unknown } | { state: 'rejected'; reason: unknown };
type Handler = (value: unknown) => unknown;

export interface SandboxPromise {
  then: (onFulfilled?: unknown, onRejected?: unknown) => SandboxPromise;
  catch: (onRejected?: unknown) => SandboxPromise;
  finally: (onFinally?: unknown) => SandboxPromise;
}

export interface PromiseApi {
  create(resolver: unknown): SandboxPromise;
  all(list: unknown): SandboxPromise;
  resolve(value: unknown): SandboxPromise;
  reject(reason: unknown): SandboxPromise;
  isPromise(value: unknown): value is SandboxPromise;
}

/** A thenable's own `then` (the sandbox reaches no prototypes, so inherited ones do not count). */
function thenOf(value: unknown): Function | undefined {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    if (!Object.prototype.hasOwnProperty.call(value, 'then')) return undefined;
    const then = (value as { then: unknown }).then;
    return typeof then === 'function' ? then : undefined;
  }
  return undefined;
}

export function createPromiseApi(scheduler: Scheduler, boundary: Boundary): PromiseApi {
  const promises = new WeakSet<object>();

  const make = (): { promise: SandboxPromise; resolve: Handler; reject: Handler } => {
    let settled: Settled = { state: 'pending' };
    let reactions: (() => void)[] = [];
    let done = false;
    const settle = (s: Settled): void => {
      if (settled.state !== 'pending') return;
      settled = s;
      for (const r of reactions) scheduler.queueMicrotask(r);
      reactions = [];
    };
    const reject: Handler = (reason) => {
      if (done) return;
      done = true;
      settle({ state: 'rejected', reason });
    };
    const resolveValue = (value: unknown): void => {
      const then = thenOf(value);
      if (then === undefined) {
        settle({ state: 'fulfilled', value });
        return;
      }
      let called = false;
      scheduler.queueMicrotask(() => {
        const once = (f: (v: unknown) => void) => (v: unknown) => {
          if (called) return;
          called = true;
          f(v);
        };
        runGuarded(() => then.call(value, once(resolveValue), once((r) => settle({ state: 'rejected', reason: r }))), (error) => {
          if (!called) {
            called = true;
            settle({ state: 'rejected', reason: error });
          }
        });
      });
    };
    const resolve: Handler = (value) => {
      if (done) return;
      done = true;
      resolveValue(value);
    };
    const then = (onFulfilled?: unknown, onRejected?: unknown): SandboxPromise => {
      const next = make();
      const react = (): void => {
        const s = settled;
        if (s.state === 'pending') return;
        const handler = s.state === 'fulfilled' ? onFulfilled : onRejected;
        if (typeof handler !== 'function') {
          if (s.state === 'fulfilled') next.resolve(s.value);
          else next.reject(s.reason);
          return;
        }
        const arg = s.state === 'fulfilled' ? s.value : s.reason;
        runGuarded(() => next.resolve((handler as Handler)(arg)), next.reject);
      };
      if (settled.state === 'pending') reactions.push(react);
      else scheduler.queueMicrotask(react);
      return next.promise;
    };
    const promise: SandboxPromise = {
      then,
      catch: (onRejected) => then(undefined, onRejected),
      finally: (onFinally) =>
        then(
          (value: unknown) => {
            if (typeof onFinally === 'function') onFinally();
            return value;
          },
          (reason: unknown) => {
            if (typeof onFinally === 'function') onFinally();
            return api.reject(reason);
          },
        ),
    };
    promises.add(promise);
    boundary.opaque(promise);
    return { promise, resolve, reject };
  };

  const api: PromiseApi = {
    create(resolver) {
      const p = make();
      if (typeof resolver !== 'function') {
        p.reject('Promise.create expects a function');
        return p.promise;
      }
      runGuarded(() => (resolver as (a: Handler, b: Handler) => void)(p.resolve, p.reject), p.reject);
      return p.promise;
    },
    all(list) {
      const p = make();
      if (!Array.isArray(list)) {
        p.reject('Promise.all expects an array');
        return p.promise;
      }
      const values: unknown[] = new Array(list.length).fill(undefined);
      let remaining = list.length;
      if (remaining === 0) p.resolve(values);
      list.forEach((item, index) => {
        api.resolve(item).then(
          (value: unknown) => {
            values[index] = value;
            remaining -= 1;
            if (remaining === 0) p.resolve(values);
          },
          p.reject,
        );
      });
      return p.promise;
    },
    resolve(value) {
      if (api.isPromise(value)) return value;
      const p = make();
      p.resolve(value);
      return p.promise;
    },
    reject(reason) {
      const p = make();
      p.reject(reason);
      return p.promise;
    },
    isPromise: (value): value is SandboxPromise => typeof value === 'object' && value !== null && promises.has(value),
  };
  return api;
}

/** Runs `fn`; a runtime error becomes a rejection, but a scenario abort (failed assertion, bound) propagates. */
function runGuarded(fn: () => unknown, onError: (error: unknown) => void): void {
  try {
    fn();
  } catch (error) {
    if (isScenarioAbort(error)) throw error;
    onError(error);
  }
}
