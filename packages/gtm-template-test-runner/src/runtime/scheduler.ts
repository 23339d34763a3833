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
  return new EventLoop(options);
}

/**
 * A class rather than a record of closures: a server makes one per request, and one whose request has a forward in
 * flight stays alive until that forward settles, so its size counts once per request in flight.
 */
class EventLoop implements Scheduler {
  private readonly tasks: (() => void)[] = [];
  private readonly microtasks: (() => void)[] = [];
  private steps = 0;
  private draining = false;
  private scheduled = false;
  private readonly deadline: number;

  constructor(private readonly options: SchedulerOptions) {
    this.deadline = options.now() + options.maxMs;
  }

  /** An own function, not a method: realms are given `scheduler.tick` on its own. */
  readonly tick = (): void => {
    this.steps += 1;
    if (this.steps > this.options.maxSteps) {
      throw new ScenarioAbort(`did not finish: more than ${this.options.maxSteps} steps (an endless loop or callLater chain?)`, 'bound');
    }
    if (this.steps % 4096 === 0 && this.options.now() > this.deadline) {
      throw new ScenarioAbort(`did not finish within ${this.options.maxMs} ms`, 'bound');
    }
  };

  callLater(fn: () => void): void {
    this.tasks.push(fn);
    this.wake();
  }

  queueMicrotask(fn: () => void): void {
    this.microtasks.push(fn);
    this.wake();
  }

  get pending(): number {
    return this.tasks.length + this.microtasks.length;
  }

  /** Runs everything pending (microtasks first, then one task, and again), as the running scheduler. */
  drain(): void {
    const prior = running;
    running = this;
    this.draining = true;
    try {
      for (;;) {
        while (this.microtasks.length > 0) {
          this.tick();
          (this.microtasks.shift() as () => void)();
        }
        const task = this.tasks.shift();
        if (task === undefined) return;
        this.tick();
        task();
      }
    } finally {
      this.draining = false;
      running = prior;
    }
  }

  private wake(): void {
    const live = this.options.live;
    if (live === undefined || this.draining || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      try {
        this.drain();
      } catch (error) {
        live.onError(error);
      }
    });
  }
}
