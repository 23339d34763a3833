import test from 'ava';
import { createBoundary } from '../../src/runtime/boundary.ts';
import { ScenarioAbort } from '../../src/runtime/errors.ts';
import { createPromiseApi } from '../../src/runtime/promise.ts';
import { createScheduler } from '../../src/runtime/scheduler.ts';
import { createSandboxHost } from '../../src/runtime/host.ts';
import { createRecordingIo } from '../../src/runtime/io.ts';

const fixedClock = (times: number[]) => () => times.shift() ?? 1e12;

test('scheduler - microtasks run before the next callLater task', (t) => {
  const s = createScheduler({ maxSteps: 100, maxMs: 1000, now: () => 0 });
  const order: string[] = [];
  s.callLater(() => {
    order.push('task 1');
    s.queueMicrotask(() => order.push('micro from task 1'));
  });
  s.callLater(() => order.push('task 2'));
  s.queueMicrotask(() => order.push('micro'));
  s.drain();
  t.deepEqual(order, ['micro', 'task 1', 'micro from task 1', 'task 2']);
  t.is(s.pending, 0);
});

test('scheduler - the step bound ends an endless callLater chain', (t) => {
  const s = createScheduler({ maxSteps: 50, maxMs: 1000, now: () => 0 });
  const again = (): void => s.callLater(again);
  again();
  const error = t.throws(() => s.drain(), { instanceOf: ScenarioAbort });
  t.is(error?.message, 'did not finish: more than 50 steps (an endless loop or callLater chain?)');
});

test('scheduler - the time bound is checked every 4096 steps against the clock', (t) => {
  const s = createScheduler({ maxSteps: 1e9, maxMs: 100, now: fixedClock([0, 50, 101]) });
  for (let i = 0; i < 4095; i += 1) s.tick();
  t.notThrows(() => s.tick());
  for (let i = 0; i < 4095; i += 1) s.tick();
  t.throws(() => s.tick(), { message: 'did not finish within 100 ms' });
});

function promises() {
  const scheduler = createScheduler({ maxSteps: 1000, maxMs: 1000, now: () => 0 });
  return { scheduler, api: createPromiseApi(scheduler, createBoundary()) };
}

test('promise - then/catch/finally settle in order on drain', (t) => {
  const { scheduler, api } = promises();
  const order: unknown[] = [];
  api
    .create((resolve: (v: unknown) => void) => resolve(1))
    .then((v: unknown) => {
      order.push(v);
      return api.reject('no');
    })
    .then(() => order.push('skipped'))
    .catch((reason: unknown) => order.push(`caught ${String(reason)}`))
    .finally(() => order.push('finally'));
  order.push('sync');
  scheduler.drain();
  t.deepEqual(order, ['sync', 1, 'caught no', 'finally']);
});

test('promise - hand-made thenables are adopted', (t) => {
  const { scheduler, api } = promises();
  let seen: unknown;
  api.resolve({ then: (ok: (v: unknown) => void) => ok(42) }).then((v: unknown) => {
    seen = v;
  });
  scheduler.drain();
  t.is(seen, 42);
});

test('promise - all resolves with every value in order, rejects on the first rejection', (t) => {
  const { scheduler, api } = promises();
  const results: unknown[] = [];
  api.all([api.resolve(1), 2, api.create((ok: (v: unknown) => void) => scheduler.callLater(() => ok(3)))]).then((v: unknown) => results.push(v));
  api.all([1, api.reject('bad')]).catch((r: unknown) => results.push(`rejected ${String(r)}`));
  api.all([]).then((v: unknown) => results.push(v));
  scheduler.drain();
  t.deepEqual(results, [[], 'rejected bad', [1, 2, 3]]);
});

test('promise - a runtime error in a handler rejects, a scenario abort propagates', (t) => {
  const { scheduler, api } = promises();
  let reason: unknown;
  api.resolve(1).then(() => {
    throw new TypeError('boom');
  }).catch((r: unknown) => {
    reason = r;
  });
  scheduler.drain();
  t.is((reason as Error).message, 'boom');
  api.resolve(1).then(() => {
    throw new ScenarioAbort('assertion failed', 'assertion');
  });
  t.throws(() => scheduler.drain(), { message: 'assertion failed' });
});

test('scheduler - the API site is held during the host\'s run and during a drain of work queued with it, not between', (t) => {
  const s = createScheduler({ maxSteps: 100, maxMs: 1000, now: () => 0 });
  const boundary = createBoundary();
  const host = createSandboxHost({ context: 'server', io: createRecordingIo(), permissions: { queryFor: () => [], check: () => ({ ok: true }) }, pureApis: {}, boundary });
  const site = host.site;
  s.setApiSite(site);
  s.callLater(() => undefined);
  s.drain();
  t.is(s.apiSite, site, 'a drain inside the run keeps it');
  s.setApiSite(undefined);
  t.is(s.apiSite, undefined, 'after the run the scheduler keeps nothing of its execution');
  // A promise whose reaction was attached during the run brings the site back for the drain that runs it.
  const promises = createPromiseApi(s, boundary);
  s.setApiSite(site);
  let settle: (value: unknown) => void = () => undefined;
  const seen: unknown[] = [];
  const promise = promises.create((resolve: (value: unknown) => void) => {
    settle = resolve;
  });
  promise.then(() => seen.push(s.apiSite));
  s.setApiSite(undefined);
  settle(1);
  t.is(s.apiSite, site, 'held from the settlement that queued the reaction');
  s.drain();
  t.deepEqual(seen, [site]);
  t.is(s.apiSite, undefined, 'let go when that drain ends');
  // A promise nobody reacts to settles without bringing it back.
  const unobserved = promises.create((resolve: (value: unknown) => void) => {
    settle = resolve;
  });
  t.truthy(unobserved);
  settle(2);
  t.is(s.apiSite, undefined);
});
