import test from 'ava';
import { loadDefaultRuntime } from '../../src/run.ts';
import { loadTemplate } from '../../src/runtime/execute.ts';
import { createRecordingIo, type HttpResult } from '../../src/runtime/io.ts';
import { createSharedRequire } from '../../src/runtime/shared-require.ts';
import { clientTemplate } from '../hosts/server/_client.ts';

type Done = (result: HttpResult | { reason: string }) => void;

/** A recording io for a request on `path` whose HTTP requests wait until the test answers them (`pending`). */
function ioFor(path: string, pending: Done[]): ReturnType<typeof createRecordingIo> {
  const io = createRecordingIo({ sendHttpRequest: (_url, _options, _body, done) => void pending.push(done) });
  io.request = { ...io.request, path };
  return io;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));


// `pathNow` calls an API and reads nothing of `data`, so with the shared require it is made once per loaded
// template; every call must still answer for the execution whose code calls it, also after that run returned.
const reportsLater = `const sendHttpRequest = require('sendHttpRequest');
const getRequestPath = require('getRequestPath');
function pathNow() { return getRequestPath(); }
const done = data.done;
sendHttpRequest('https://vendor.example/promise').then((response) => done(pathNow() + ' promise ' + response.statusCode));
sendHttpRequest('https://vendor.example/callback', (statusCode) => done(pathNow() + ' callback ' + statusCode), {});
return pathNow();`;

test('shared require - a function made once that calls APIs answers for the execution calling it, in its run and in its callbacks after other runs', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(clientTemplate(reportsLater), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  t.true(loaded.value.madeOnce.functions.has('pathNow'), 'pathNow is made once');
  const reports: string[] = [];
  const pendingA: Done[] = [];
  const pendingB: Done[] = [];
  const errors: string[] = [];
  const onError = (error: { message: string }): void => void errors.push(error.message);
  const done = (report: string): number => reports.push(report);
  t.deepEqual(loaded.value.execute({ io: ioFor('/a', pendingA), data: { done }, onError }), { ok: true, value: '/a' });
  t.deepEqual(loaded.value.execute({ io: ioFor('/b', pendingB), data: { done }, onError }), { ok: true, value: '/b' });
  t.is(pendingA.length, 2);
  t.is(pendingB.length, 2);
  // Answered one at a time after both runs returned, B first: each callback still reads its own request.
  const answers: [Done[], number, number][] = [[pendingB, 1, 202], [pendingB, 0, 201], [pendingA, 0, 200], [pendingA, 1, 203]];
  for (const [pending, index, statusCode] of answers) {
    (pending[index] as Done)({ statusCode, headers: {}, body: '' });
    await nextTurn();
  }
  t.deepEqual(errors, []);
  t.deepEqual(reports, ['/b callback 202', '/b promise 201', '/a promise 200', '/a callback 203']);
});

test('shared require - a permission missing for one call refuses that execution only, as the host\'s own wrappers do', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(clientTemplate(`const sendHttpRequest = require('sendHttpRequest');
function send(url) { sendHttpRequest(url); return url; }
return send(data.url);`), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const refused = loaded.value.execute({ io: ioFor('/', []), data: { url: 'https://elsewhere.example/x' } });
  t.false(refused.ok);
  t.is(refused.ok ? '' : refused.error.code, 'permission');
  t.deepEqual(loaded.value.execute({ io: ioFor('/', []), data: { url: 'https://vendor.example/x' } }), { ok: true, value: 'https://vendor.example/x' });
});

test('shared require - an object API is one frozen object (a write is ignored) whose methods reach each execution\'s own store', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(clientTemplate(`const templateDataStorage = require('templateDataStorage');
function swap(value) { const before = templateDataStorage.getItemCopy('k'); templateDataStorage.setItemCopy('k', value); return before; }
const apis = [templateDataStorage];
apis[0].extra = 1;
return [swap(data.value), apis[0].extra];`), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const first = new Map<string, unknown>();
  const second = new Map<string, unknown>();
  t.deepEqual(loaded.value.execute({ io: ioFor('/', []), data: { value: 1 }, templateStorage: first }), { ok: true, value: [null, undefined] });
  t.deepEqual(loaded.value.execute({ io: ioFor('/', []), data: { value: 2 }, templateStorage: second }), { ok: true, value: [null, undefined] });
  t.deepEqual(loaded.value.execute({ io: ioFor('/', []), data: { value: 3 }, templateStorage: first }), { ok: true, value: [1, undefined] });
  t.deepEqual([...first], [['k', 3]]);
});

test('shared require - what can be made before any execution, and what cannot', async (t) => {
  const runtime = await loadDefaultRuntime();
  const pureApis = runtime.pureApis({ defer: () => undefined });
  const shared = createSharedRequire({
    context: 'server',
    permissions: runtime.permissionPort([], 'server'),
    pureApis,
    siteOf: () => {
      throw new Error('no execution');
    },
  });
  t.true(shared.requiresOnce('JSON'));
  t.true(shared.requiresOnce('sendHttpRequest'));
  t.true(shared.requiresOnce('templateDataStorage'));
  // Not server APIs, or no APIs at all (names Object.prototype has included).
  t.false(shared.requiresOnce('sendPixel'));
  t.false(shared.requiresOnce('constructor'));
  t.false(shared.requiresOnce('noSuchApi'));
  t.is(shared.require('JSON'), shared.require('JSON'));
  t.true(Object.isFrozen(shared.require('templateDataStorage')));
  t.true(shared.isOpaque(shared.require('templateDataStorage') as object));
  // Loading refuses such requires (the dialect validator); the runtime still answers them as a host does.
  t.throws(() => shared.require('constructor'), { message: "require('constructor'): no such API in server templates" });
  t.throws(() => shared.require('sendPixel'), { message: "require('sendPixel'): no such API in server templates" });
});

test('shared require - work queued by a run that ended with an error still runs later as that execution', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(clientTemplate(`const callLater = require('callLater');
const getRequestPath = require('getRequestPath');
const done = data.done;
callLater(() => done(getRequestPath()));
return data.missing.value;`), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const reports: string[] = [];
  const errors: string[] = [];
  const result = loaded.value.execute({ io: ioFor('/a', []), data: { done: (path: string) => reports.push(path) }, onError: (error) => errors.push(error.message) });
  t.false(result.ok);
  await nextTurn();
  t.deepEqual(errors, []);
  t.deepEqual(reports, ['/a']);
});

test('shared require - a reaction one execution attaches to a promise another made and kept runs as the attaching one', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(clientTemplate(`const templateDataStorage = require('templateDataStorage');
const sendHttpRequest = require('sendHttpRequest');
const getRequestPath = require('getRequestPath');
if (data.first) {
  templateDataStorage.setItemCopy('pending', sendHttpRequest('https://vendor.example/kept'));
  return 'kept';
}
const done = data.done;
templateDataStorage.getItemCopy('pending').then(() => done(getRequestPath()));
return 'attached';`), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const storage = new Map<string, unknown>();
  const pending: Done[] = [];
  const reports: string[] = [];
  const errors: string[] = [];
  const onError = (error: { message: string }): void => void errors.push(error.message);
  t.deepEqual(loaded.value.execute({ io: ioFor('/maker', pending), data: { first: true }, templateStorage: storage, onError }), { ok: true, value: 'kept' });
  t.deepEqual(loaded.value.execute({ io: ioFor('/attacher', []), data: { done: (path: string) => reports.push(path) }, templateStorage: storage, onError }), { ok: true, value: 'attached' });
  (pending[0] as Done)({ statusCode: 200, headers: {}, body: '' });
  await nextTurn();
  t.deepEqual(errors, []);
  t.deepEqual(reports, ['/attacher']);
});
