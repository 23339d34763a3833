/** Page objects crossing into a template (`src/hosts/browser/page-boundary.ts`). */
import test from 'ava';
import { createBoundary } from '../../../src/runtime/boundary.ts';
import { pageBoundary } from '../../../src/hosts/browser/page-boundary.ts';

class TcData {
  eventStatus = 'tcloaded';
  purpose = { consents: { 1: true } };
  listenerId = 0;
}

const notOpaque = (): boolean => false;

test('page boundary - a class instance from the page crosses as its own enumerable properties', (t) => {
  const inner = createBoundary();
  t.is(inner.copy(new TcData()), undefined);
  t.deepEqual(pageBoundary(inner, notOpaque).copy(new TcData()), { eventStatus: 'tcloaded', purpose: { consents: { 1: true } }, listenerId: 0 });
});

test('page boundary - arguments of a call from the page are made plain before the template sees them', (t) => {
  const boundary = pageBoundary(createBoundary(), notOpaque);
  const seen: unknown[] = [];
  const listener = (tcData: unknown, success: unknown): string => {
    seen.push(tcData, success);
    return 'done';
  };
  const crossed = boundary.copy(listener) as (...args: unknown[]) => unknown;
  t.is(crossed(new TcData(), true), 'done');
  t.deepEqual(seen, [{ eventStatus: 'tcloaded', purpose: { consents: { 1: true } }, listenerId: 0 }, true]);
});

test('page boundary - a page function\'s class-instance result is made plain; a function keeps its identity back', (t) => {
  const boundary = pageBoundary(createBoundary(), notOpaque);
  const pageFunction = (): TcData => new TcData();
  const crossed = boundary.copy(pageFunction) as () => unknown;
  t.deepEqual(crossed(), { eventStatus: 'tcloaded', purpose: { consents: { 1: true } }, listenerId: 0 });
  t.is(boundary.copy(crossed), pageFunction);
  t.is(boundary.original(crossed), pageFunction);
  t.is(boundary.copy(pageFunction), crossed);
});

test('page boundary - cycles still become undefined', (t) => {
  const cyclic: { self?: unknown } = {};
  cyclic.self = cyclic;
  t.is(pageBoundary(createBoundary(), notOpaque).copy(cyclic), undefined);
});
