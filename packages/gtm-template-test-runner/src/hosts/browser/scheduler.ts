/**
 * The sandbox's event loop in a page: GTM's `callLater` runs its callback in a later task of the page, so here
 * each one gets a real macrotask of its own (`setTimeout(fn, 0)` by default); promise reactions stay microtasks
 * of the runtime, drained after the code that queued them. Nothing is drained synchronously ahead of time, so a
 * template that waits with `callLater` lets the page run in between (no busy loop).
 */
import { ScenarioAbort } from '../../runtime/errors.ts';
import { StepBound, type Scheduler } from '../../runtime/scheduler.ts';

export interface MacrotaskSchedulerOptions {
  /** Most loop iterations + function calls of sandboxed code over the template's life in the page. */
  maxSteps: number;
  /** Queues a macrotask; `setTimeout(run, 0)` when absent. */
  macrotask?: (run: () => void) => void;
  /** An error raised in a callback that runs in its own task. */
  onError(error: unknown): void;
}

export function createMacrotaskScheduler(options: MacrotaskSchedulerOptions): Scheduler {
  const microtasks: (() => void)[] = [];
  const macrotask = options.macrotask ?? ((run: () => void) => void setTimeout(run, 0));
  let waiting = 0;
  let draining = false;
  // A page has no time bound (its callbacks run in its own tasks): only the step bound.
  const steps = new StepBound(options.maxSteps, Infinity, () => {
    throw new ScenarioAbort(`did not finish: more than ${options.maxSteps} steps`, 'bound');
  });

  const tick = (): void => steps.step();

  const drain = (): void => {
    if (draining) return;
    draining = true;
    try {
      while (microtasks.length > 0) {
        tick();
        (microtasks.shift() as () => void)();
      }
    } finally {
      draining = false;
    }
  };

  const guarded = (run: () => void): void => {
    try {
      run();
      drain();
    } catch (error) {
      microtasks.length = 0;
      options.onError(error);
    }
  };

  return {
    callLater(fn) {
      waiting += 1;
      macrotask(() => {
        waiting -= 1;
        guarded(() => {
          tick();
          fn();
        });
      });
    },
    queueMicrotask(fn) {
      microtasks.push(fn);
      if (!draining) queueMicrotask(() => guarded(() => undefined));
    },
    steps,
    tick,
    drain,
    get pending() {
      return waiting + microtasks.length;
    },
    // The browser host gives each event its own host's `require`: no shared API wrappers look for a site here.
    apiSite: undefined,
    setApiSite: () => undefined,
    useApiSite: () => undefined,
  };
}
