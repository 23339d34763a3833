/**
 * The sandbox's event loop, owned by the runner so that it can be drained synchronously: `callLater` callbacks
 * are tasks, promise reactions are microtasks. `drain()` runs everything pending (microtasks first, then one task,
 * and again) and is called when `runCode` returns and when a scenario ends. Every loop iteration and function
 * entry of sandboxed code counts a step on the scheduler's `steps`; a run over the step or time bound ends the
 * scenario.
 */
import type { ApiCallSite } from './api-wrapper.ts';
import { SandboxError, ScenarioAbort } from './errors.ts';

/**
 * A step count that sandboxed code keeps itself: instrumented code runs `if (++c.n >= c.next) c.overflow()` at
 * each function entry and loop iteration, so a step is an increment and a compare, with no call. Only at `next`
 * (the step bound, or the next time check) does it call `overflow`, which throws past a bound and sets the next
 * limit. A call into the runtime per step cost ~17 ns, and a server request of our client takes ~1,000 steps.
 */
export interface StepCounter {
  n: number;
  next: number;
  overflow(): void;
}

/**
 * A StepCounter whose `check(n)` throws past a bound; called at `max + 1` and at every multiple of `every` below
 * it (Infinity: only at the bound).
 */
export class StepBound implements StepCounter {
  n = 0;
  next: number;

  constructor(
    private readonly max: number,
    private readonly every: number,
    private readonly check: (n: number) => void,
  ) {
    this.next = this.limitAfter(0);
  }

  overflow(): void {
    this.check(this.n);
    this.next = this.limitAfter(this.n);
  }

  /** One step counted from host code (a scheduler's task or microtask run), as compiled code counts it inline. */
  step(): void {
    if (++this.n >= this.next) this.overflow();
  }

  private limitAfter(n: number): number {
    return Math.min(n - (n % this.every) + this.every, this.max + 1);
  }
}

/** Steps counted, never bounded: for code compiled outside any scheduler (unit tests of the sandbox). */
export const unboundedSteps = (): StepCounter => ({ n: 0, next: Infinity, overflow: () => undefined });

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
  /** What sandboxed code run for this scheduler counts its steps on (`createRealm`'s `steps`). */
  readonly steps: StepCounter;
  /** One step of the scheduler's own (a task or microtask run). */
  tick(): void;
  drain(): void;
  readonly pending: number;
  /**
   * What the API calls of this scheduler's execution use (its host's boundary and made APIs), for API wrappers
   * shared by the executions of a loaded template (shared-require.ts). Held only while sandboxed code of the
   * execution may run: during the host's run (`setApiSite`) and during a drain that runs work queued with it
   * (`useApiSite`). Undefined otherwise, and always when the host gives its execution its own wrappers.
   */
  readonly apiSite: ApiCallSite | undefined;
  /**
   * The host's run: the site from now on, until the host sets undefined when its run returns. From then on
   * whatever can still run sandboxed code later holds the site itself (a promise with a reaction, a pending
   * callback) and brings it back with `useApiSite`, so a scheduler kept only to settle a promise nobody observes
   * (a forward without a callback) keeps nothing of its execution alive.
   */
  setApiSite(site: ApiCallSite | undefined): void;
  /** Work queued after the run that will run sandboxed code: the site, held until the drain that runs it ends. */
  useApiSite(site: ApiCallSite | undefined): void;
}

let running: Scheduler | undefined;

/** Counts nothing: any step throws. What `runningSteps` holds while no execution runs. */
const noExecutionSteps: StepCounter = {
  n: 0,
  next: 0,
  overflow: () => {
    throw new SandboxError('no execution is running');
  },
};

/**
 * The step counter of the scheduler running now, for declarations made once per loaded template (instrument.ts
 * `runningStepsName`): a holder the compiled code reads, kept beside `running` by `runWith` and `drain`.
 */
export const runningSteps: { steps: StepCounter } = { steps: noExecutionSteps };

function setRunning(scheduler: Scheduler | undefined): void {
  running = scheduler;
  runningSteps.steps = scheduler === undefined ? noExecutionSteps : scheduler.steps;
}

/**
 * The scheduler whose execution's code is running now (inside its `drain`, or inside `runWith`), so one compiled
 * template can serve many executions and still count each one's steps against its own bounds.
 */
export function runningScheduler(): Scheduler | undefined {
  return running;
}

export function runWith<T>(scheduler: Scheduler, fn: () => T): T {
  const prior = running;
  setRunning(scheduler);
  try {
    return fn();
  } finally {
    setRunning(prior);
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
  private draining = false;
  private scheduled = false;
  readonly steps: StepBound;
  apiSite: ApiCallSite | undefined = undefined;
  /** The host's run holds the site (setApiSite); otherwise a drain lets it go when it ends. */
  private siteForRun = false;

  constructor(private readonly options: SchedulerOptions) {
    const deadline = options.now() + options.maxMs;
    // The clock is read every 4096 steps, not at each: a step is far cheaper than a clock read. Only while this
    // loop's work is running (or none is): a function an execution made counts its steps on that execution's
    // counter, and one called during a later execution (kept in templateStorage) must not end that later one for
    // a deadline long past.
    this.steps = new StepBound(options.maxSteps, 4096, (n) => {
      if (n > options.maxSteps) {
        throw new ScenarioAbort(`did not finish: more than ${options.maxSteps} steps (an endless loop or callLater chain?)`, 'bound');
      }
      if (n % 4096 === 0 && (running === undefined || running === this) && options.now() > deadline) {
        throw new ScenarioAbort(`did not finish within ${options.maxMs} ms`, 'bound');
      }
    });
  }

  setApiSite(site: ApiCallSite | undefined): void {
    this.apiSite = site;
    this.siteForRun = site !== undefined;
  }

  useApiSite(site: ApiCallSite | undefined): void {
    this.apiSite ??= site;
  }

  tick(): void {
    this.steps.step();
  }

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
    setRunning(this);
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
      // A drain that ended with an error leaves work queued: it keeps the site for the drain that runs it.
      if (!this.siteForRun && this.pending === 0) this.apiSite = undefined;
      setRunning(prior);
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
