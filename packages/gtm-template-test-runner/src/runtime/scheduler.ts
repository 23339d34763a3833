/**
 * The sandbox's event loop, owned by the runner so that it can be drained synchronously: `callLater` callbacks
 * are tasks, promise reactions are microtasks. `drain()` runs everything pending (microtasks first, then one task,
 * and again) and is called when `runCode` returns and when a scenario ends. Every loop iteration and function
 * entry of sandboxed code calls `tick()`; a run over the step or time bound ends the scenario.
 */
import { ScenarioAbort } from './errors.ts';

export interface SchedulerOptions {
  /** Most loop iterations + function calls of sandboxed code in one scenario. */
  maxSteps: number;
  /** Wall-clock bound for one scenario, in milliseconds. */
  maxMs: number;
  /** Clock used for the time bound. */
  now: () => number;
  /**
   * Real hosts (sGTM server, browser host): work queued from outside a drain (an HTTP response arriving) is drained
   * on the next Node turn; an error raised there goes to `onError`. Tests leave this out and drain explicitly.
   */
  live?: { onError(error: unknown): void };
}

export const defaultSchedulerOptions: SchedulerOptions = { maxSteps: 5_000_000, maxMs: 10_000, now: () => Date.now() };

export interface Scheduler {
  callLater(fn: () => void): void;
  queueMicrotask(fn: () => void): void;
  tick(): void;
  drain(): void;
  readonly pending: number;
}

let running: Scheduler | undefined;

/**
 * The scheduler whose execution's code is running now (inside its `drain`, or inside `runWith`), so one compiled
 * template can serve many executions and still count each one's steps against its own bounds.
 */
export function runningScheduler(): Scheduler | undefined {
  return running;
}

export function runWith<T>(scheduler: Scheduler, fn: () => T): T {
  const prior = running;
  running = scheduler;
  try {
    return fn();
  } finally {
    running = prior;
  }
}

export function createScheduler(options: SchedulerOptions = defaultSchedulerOptions): Scheduler {
  const tasks: (() => void)[] = [];
  const microtasks: (() => void)[] = [];
  let steps = 0;
  let draining = false;
  let scheduled = false;
  const deadline = options.now() + options.maxMs;

  const tick = (): void => {
    steps += 1;
    if (steps > options.maxSteps) {
      throw new ScenarioAbort(`did not finish: more than ${options.maxSteps} steps (an endless loop or callLater chain?)`, 'bound');
    }
    if (steps % 4096 === 0 && options.now() > deadline) {
      throw new ScenarioAbort(`did not finish within ${options.maxMs} ms`, 'bound');
    }
  };

  const drain = (): void => runWith(self, drainNow);

  const drainNow = (): void => {
    draining = true;
    try {
      for (;;) {
        while (microtasks.length > 0) {
          tick();
          (microtasks.shift() as () => void)();
        }
        const task = tasks.shift();
        if (task === undefined) return;
        tick();
        task();
      }
    } finally {
      draining = false;
    }
  };

  const wake = (): void => {
    const live = options.live;
    if (live === undefined || draining || scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      try {
        drain();
      } catch (error) {
        live.onError(error);
      }
    });
  };

  const self: Scheduler = {
    callLater(fn) {
      tasks.push(fn);
      wake();
    },
    queueMicrotask(fn) {
      microtasks.push(fn);
      wake();
    },
    tick,
    drain,
    get pending() {
      return tasks.length + microtasks.length;
    },
  };
  return self;
}
