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
}

export const defaultSchedulerOptions: SchedulerOptions = { maxSteps: 5_000_000, maxMs: 10_000, now: () => Date.now() };

export interface Scheduler {
  callLater(fn: () => void): void;
  queueMicrotask(fn: () => void): void;
  tick(): void;
  drain(): void;
  readonly pending: number;
}

export function createScheduler(options: SchedulerOptions = defaultSchedulerOptions): Scheduler {
  const tasks: (() => void)[] = [];
  const microtasks: (() => void)[] = [];
  let steps = 0;
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

  return {
    callLater: (fn) => void tasks.push(fn),
    queueMicrotask: (fn) => void microtasks.push(fn),
    tick,
    drain() {
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
    },
    get pending() {
      return tasks.length + microtasks.length;
    },
  };
}
