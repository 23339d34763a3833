/**
 * The server sandbox's `Promise` API (`Promise.create(resolver)`, `Promise.all(list)`; instances with `then`,
 * `catch`, `finally`), settled on the runner's scheduler so it can be drained before `runCode` returns. A
 * sandbox promise is a plain object whose methods are own properties (the sandbox reaches no prototypes).
 * Hand-made thenables (`{ then: cb => cb(value) }`, as published mocks return) are adopted like native ones.
 */
import type { ApiCallSite } from './api-wrapper.ts';
import type { Boundary } from './boundary.ts';
import { isScenarioAbort } from './errors.ts';
import { runningScheduler, type Scheduler } from './scheduler.ts';

type Settled = { state: 'pending' } | { state: 'fulfilled'; value: unknown } | { state: 'rejected'; reason: unknown };
type Handler = (value: unknown) => unknown;

export interface SandboxPromise {
  then: (onFulfilled?: unknown, onRejected?: unknown) => SandboxPromise;
  catch: (onRejected?: unknown) => SandboxPromise;
  finally: (onFinally?: unknown) => SandboxPromise;
}

/** How a host settles a promise from outside the sandbox: fulfilled with a value, or rejected with a reason. */
export type SettleLater = (fulfilled: boolean, value: unknown) => void;

export interface PromiseApi {
  create(resolver: unknown): SandboxPromise;
  /**
   * A promise that I/O settles later (an HTTP answer): `start` gets the function to settle it with, which runs the
   * settlement as a task of the scheduler. Until sandboxed code attaches a reaction (`then`, `catch`, `finally`,
   * `Promise.all`, adoption), that function holds the promise only weakly: a promise nothing can observe any more
   * is not kept alive, nor is its execution, for as long as a slow vendor takes. A synchronous error in `start`
   * rejects the promise, as in `create`.
   */
  createLater(start: (settle: SettleLater) => void): SandboxPromise;
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

const PENDING: Settled = { state: 'pending' };

/**
 * One sandbox promise's state. A class, so that a promise costs one record and the three functions the sandbox
 * sees (`then`, `catch`, `finally`, own properties), not a closure per internal step: a server request with a
 * forward in flight keeps its promise alive until the vendor answers.
 */
class PromiseRecord {
  settled: Settled = PENDING;
  reactions: (() => void)[] = [];
  done = false;
  readonly promise: SandboxPromise;
  /** For `createLater`: where a reaction pins this record, so the weak settle function keeps it from then on. */
  pin: Pin | undefined = undefined;
  /**
   * The API site of the execution that attached a reaction (scheduler.ts `apiSite`): the reaction is sandboxed
   * code that may run after the execution's run and call APIs, so the record keeps the site and gives it back to
   * the scheduler when it queues its reactions. A record without reactions keeps nothing of its execution.
   */
  private reactionSite: ApiCallSite | undefined = undefined;

  constructor(readonly machinery: Machinery) {
    const promise: SandboxPromise = {
      then: (onFulfilled, onRejected) => this.then(onFulfilled, onRejected),
      catch: (onRejected) => this.then(undefined, onRejected),
      finally: (onFinally) => this.finally(onFinally),
    };
    machinery.promises.add(promise);
    machinery.boundary.opaque(promise);
    this.promise = promise;
  }

  resolve(value: unknown): void {
    if (this.done) return;
    this.done = true;
    this.resolveValue(value);
  }

  reject(reason: unknown): void {
    if (this.done) return;
    this.done = true;
    this.settle({ state: 'rejected', reason });
  }

  private settle(s: Settled): void {
    if (this.settled.state !== 'pending') return;
    this.settled = s;
    if (this.reactions.length > 0) this.machinery.scheduler.useApiSite(this.reactionSite);
    for (const r of this.reactions) this.machinery.scheduler.queueMicrotask(r);
    this.reactions = [];
  }

  private resolveValue(value: unknown): void {
    const then = thenOf(value);
    if (then === undefined) {
      this.settle({ state: 'fulfilled', value });
      return;
    }
    let called = false;
    this.machinery.scheduler.queueMicrotask(() => {
      const once = (f: (v: unknown) => void) => (v: unknown) => {
        if (called) return;
        called = true;
        f(v);
      };
      runGuarded(() => then.call(value, once((v) => this.resolveValue(v)), once((r) => this.settle({ state: 'rejected', reason: r }))), (error) => {
        if (!called) {
          called = true;
          this.settle({ state: 'rejected', reason: error });
        }
      });
    });
  }

  then(onFulfilled?: unknown, onRejected?: unknown): SandboxPromise {
    if (this.pin !== undefined) this.pin.strong = this;
    // The execution whose code attaches the reaction (a promise kept in storage may be another's).
    this.reactionSite ??= runningScheduler()?.apiSite ?? this.machinery.scheduler.apiSite;
    const next = new PromiseRecord(this.machinery);
    const react = (): void => {
      const s = this.settled;
      if (s.state === 'pending') return;
      const handler = s.state === 'fulfilled' ? onFulfilled : onRejected;
      if (typeof handler !== 'function') {
        if (s.state === 'fulfilled') next.resolve(s.value);
        else next.reject(s.reason);
        return;
      }
      const arg = s.state === 'fulfilled' ? s.value : s.reason;
      runGuarded(() => next.resolve((handler as Handler)(arg)), (error) => next.reject(error));
    };
    if (this.settled.state === 'pending') this.reactions.push(react);
    else this.machinery.scheduler.queueMicrotask(react);
    return next.promise;
  }

  finally(onFinally: unknown): SandboxPromise {
    return this.then(
      (value: unknown) => {
        if (typeof onFinally === 'function') onFinally();
        return value;
      },
      (reason: unknown) => {
        if (typeof onFinally === 'function') onFinally();
        return this.machinery.api.reject(reason);
      },
    );
  }
}

/**
 * The resolver's two functions, made apart from `create` so that they keep only the promise alive, not the resolver
 * (which for sendHttpRequest holds the whole execution's environment) while a request is in flight.
 */
function handlersOf(p: PromiseRecord): { resolve: Handler; reject: Handler } {
  return { resolve: (value) => p.resolve(value), reject: (reason) => p.reject(reason) };
}

/** The settle function's hold on a `createLater` promise: weak until a reaction makes it strong. */
interface Pin {
  strong: PromiseRecord | undefined;
  readonly weak: WeakRef<PromiseRecord>;
}

/** Made apart from `createLater` so that it keeps only the pin (and not `start` or its environment) alive. */
function settleThrough(pin: Pin): SettleLater {
  return (fulfilled, value) => {
    const record = pin.strong ?? pin.weak.deref();
    // Collected: no code can reach the promise, so its settling could not be observed.
    if (record === undefined) return;
    record.machinery.scheduler.callLater(() => (fulfilled ? record.resolve(value) : record.reject(value)));
  };
}

/** What every promise of one API shares. */
interface Machinery {
  scheduler: Scheduler;
  boundary: Boundary;
  promises: WeakSet<object>;
  api: PromiseApi;
}

export function createPromiseApi(scheduler: Scheduler, boundary: Boundary): PromiseApi {
  const promises = new WeakSet<object>();
  const api: PromiseApi = {
    create(resolver) {
      const p = new PromiseRecord(machinery);
      if (typeof resolver !== 'function') {
        p.reject('Promise.create expects a function');
        return p.promise;
      }
      const handlers = handlersOf(p);
      runGuarded(() => (resolver as (a: Handler, b: Handler) => void)(handlers.resolve, handlers.reject), handlers.reject);
      return p.promise;
    },
    createLater(start) {
      const p = new PromiseRecord(machinery);
      const pin: Pin = { strong: undefined, weak: new WeakRef(p) };
      p.pin = pin;
      runGuarded(() => start(settleThrough(pin)), (error) => p.reject(error));
      return p.promise;
    },
    all(list) {
      const p = new PromiseRecord(machinery);
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
          (reason: unknown) => p.reject(reason),
        );
      });
      return p.promise;
    },
    resolve(value) {
      if (api.isPromise(value)) return value;
      const p = new PromiseRecord(machinery);
      p.resolve(value);
      return p.promise;
    },
    reject(reason) {
      const p = new PromiseRecord(machinery);
      p.reject(reason);
      return p.promise;
    },
    isPromise: (value): value is SandboxPromise => typeof value === 'object' && value !== null && promises.has(value),
  };
  const machinery: Machinery = { scheduler, boundary, promises, api };
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
