/** What an API implementation may use: the host's I/O, the scheduler, promises and the shared stores. */
import type { Boundary } from '../boundary.ts';
import type { SandboxIo } from '../io.ts';
import type { PromiseApi } from '../promise.ts';
import type { Scheduler } from '../scheduler.ts';

export type SandboxContext = 'web' | 'server';

export interface ApiEnv {
  context: SandboxContext;
  io: SandboxIo;
  scheduler: Scheduler;
  promises: PromiseApi;
  boundary: Boundary;
  /** `templateStorage` (web) / `templateDataStorage` (server): shared by template and test code of one run. */
  templateStorage: Map<string, unknown>;
  messageListeners: Map<string, ((type: string, message: unknown) => void)[]>;
  queryPermission(permissionId: string, ...args: unknown[]): boolean;
}

export interface ApiSpec {
  contexts: readonly SandboxContext[];
  /**
   * The value `require(name)` gives: a function, or an object of functions. `make` must not read `env` itself,
   * only the functions it makes, and only during their calls (what a callback needs later is read at the call),
   * and it must keep no state of its own in them: a server makes each API once for all its executions, with an
   * `env` that is the calling execution's (shared-require.ts).
   */
  make(env: ApiEnv): unknown;
  /** Methods (of an object API) whose result is already a fresh copy for the caller: not copied again. */
  freshResults?: readonly string[];
}

export type Fn = (...args: unknown[]) => unknown;

export const isFn = (value: unknown): value is Fn => typeof value === 'function';

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Reads a dot-separated path (`a.b.c`) from the fake window. The window is ordinary JavaScript outside the
 * sandbox, so an array's own methods are found (`callInWindow('queue.push', x)`), but nothing else inherited:
 * `constructor` and `__proto__` must not lead to the host's `Function`.
 */
export function readPath(root: Record<string, unknown>, path: string): { parent: Record<string, unknown> | undefined; value: unknown } {
  const parts = path.split('.');
  let parent: Record<string, unknown> | undefined;
  let current: unknown = root;
  for (const [index, part] of parts.entries()) {
    if (Array.isArray(current) && arrayMethodNames.has(part) && index === parts.length - 1) {
      const method = (Array.prototype as unknown as Record<string, unknown>)[part];
      return { parent: current as unknown as Record<string, unknown>, value: method };
    }
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, part)) {
      return { parent: undefined, value: undefined };
    }
    parent = current as Record<string, unknown>;
    current = parent[part];
  }
  return { parent, value: current };
}

const arrayMethodNames = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'slice', 'concat', 'join', 'indexOf']);

/** Writes a dot-separated path, creating plain objects on the way. */
export function writePath(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = root;
  parts.slice(0, -1).forEach((part) => {
    const next = current[part];
    if (typeof next !== 'object' || next === null) current[part] = {};
    current = current[part] as Record<string, unknown>;
  });
  current[parts[parts.length - 1] as string] = value;
}
