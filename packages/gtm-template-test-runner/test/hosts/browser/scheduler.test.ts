/** The browser host's event loop (`src/hosts/browser/scheduler.ts`): callLater is a real macrotask. */
import test from 'ava';
import { createMacrotaskScheduler } from '../../../src/hosts/browser/scheduler.ts';

function manualMacrotasks() {
  const queue: (() => void)[] = [];
  return { macrotask: (run: () => void) => void queue.push(run), runNext: () => (queue.shift() as () => void)(), get length() { return queue.length; } };
}

test('macrotask scheduler - callLater runs in its own later task, never in drain', (t) => {
  const loop = manualMacrotasks();
  const order: string[] = [];
  const scheduler = createMacrotaskScheduler({ maxSteps: 100, macrotask: loop.macrotask, onError: () => t.fail() });
  scheduler.callLater(() => order.push('first'));
  scheduler.callLater(() => order.push('second'));
  scheduler.drain();
  t.deepEqual(order, []);
  t.is(scheduler.pending, 2);
  loop.runNext();
  t.deepEqual(order, ['first']);
  loop.runNext();
  t.deepEqual(order, ['first', 'second']);
  t.is(scheduler.pending, 0);
});

test('macrotask scheduler - microtasks queued by a task run before the task ends', (t) => {
  const loop = manualMacrotasks();
  const order: string[] = [];
  const scheduler = createMacrotaskScheduler({ maxSteps: 100, macrotask: loop.macrotask, onError: () => t.fail() });
  scheduler.callLater(() => {
    scheduler.queueMicrotask(() => order.push('microtask'));
    order.push('task');
  });
  loop.runNext();
  t.deepEqual(order, ['task', 'microtask']);
});

test('macrotask scheduler - an error in a task goes to onError, later tasks still run', (t) => {
  const loop = manualMacrotasks();
  const errors: unknown[] = [];
  const order: string[] = [];
  const scheduler = createMacrotaskScheduler({ maxSteps: 100, macrotask: loop.macrotask, onError: (e) => errors.push((e as Error).message) });
  scheduler.callLater(() => {
    throw new Error('boom');
  });
  scheduler.callLater(() => order.push('after'));
  loop.runNext();
  loop.runNext();
  t.deepEqual(errors, ['boom']);
  t.deepEqual(order, ['after']);
});

test('macrotask scheduler - the step bound ends a runaway callLater chain', (t) => {
  const loop = manualMacrotasks();
  const errors: string[] = [];
  const scheduler = createMacrotaskScheduler({ maxSteps: 5, macrotask: loop.macrotask, onError: (e) => errors.push((e as Error).message) });
  const again = (): void => scheduler.callLater(again);
  again();
  for (let i = 0; i < 10 && loop.length > 0; i++) loop.runNext();
  t.deepEqual(errors, ['did not finish: more than 5 steps']);
});

test('macrotask scheduler - setTimeout by default', async (t) => {
  const scheduler = createMacrotaskScheduler({ maxSteps: 100, onError: () => t.fail() });
  const ran = new Promise<string>((resolve) => scheduler.callLater(() => resolve('ran')));
  t.is(await ran, 'ran');
});
