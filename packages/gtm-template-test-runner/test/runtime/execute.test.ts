import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDefaultRuntime } from '../../src/run.ts';
import { loadTemplate } from '../../src/runtime/execute.ts';
import { createRecordingIo } from '../../src/runtime/io.ts';
import { parseTpl } from '../../src/tpl/parse.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';
import { encodePermission } from '../../src/permissions/typed-value.ts';

function fixture(name: string): TemplateFile {
  const parsed = parseTpl(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}

test('execute - a server tag with real (asynchronous) I/O finishes when the response arrives', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(fixture('server.tpl'), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const sent: unknown[] = [];
  const io = createRecordingIo({
    sendHttpRequest(url, options, body, done) {
      sent.push([url, options, body]);
      setTimeout(() => done({ statusCode: 200, headers: {}, body: '' }), 5);
    },
  });
  const outcome = await new Promise<string>((resolve) => {
    const result = loaded.value.execute({
      io,
      data: { style: 'promise', gtmOnSuccess: () => resolve('success'), gtmOnFailure: () => resolve('failure') },
      onError: (e) => resolve(`error ${e.message}`),
    });
    t.deepEqual(result, { ok: true, value: undefined });
  });
  t.is(outcome, 'success');
  t.deepEqual(sent, [['https://collector.example/event', { method: 'POST' }, 'payload']]);
});

test('execute - a permission denial is an error value', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(fixture('permissions.tpl'), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const result = loaded.value.execute({ io: createRecordingIo(), data: { url: 'https://evil.example/p', gtmOnSuccess: () => undefined } });
  t.deepEqual(result, { ok: false, error: { code: 'permission', message: 'sendPixel: Permission denied: send_pixel does not allow URL "https://evil.example/p"' } });
});

test('execute - code the dialect refuses does not load', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(fixture('dialect-template.tpl'), runtime, 'd.tpl');
  t.false(loaded.ok);
  if (!loaded.ok) t.regex(loaded.error.message, /^d\.tpl \(template code\):3:17: error: \[no-new\]/);
});

test('execute - a function one execution kept in templateStorage and a later one calls is not ended by the first one\'s deadline', async (t) => {
  const runtime = await loadDefaultRuntime();
  const file: TemplateFile = {
    termsOfService: undefined,
    info: { type: 'CLIENT', id: 'cvt_keep', version: 1, securityGroups: [], displayName: 'keep', description: '', containerContexts: ['SERVER'] },
    context: 'SERVER',
    parameters: [],
    code: `const templateDataStorage = require('templateDataStorage');
const count = function () { let i = 0; while (i < 5000) { i = i + 1; } return i; };
if (data.own) return count();
if (data.keep) {
  templateDataStorage.setItemCopy('count', count);
  return 'kept';
}
return templateDataStorage.getItemCopy('count')();`,
    permissions: [encodePermission({ id: 'access_template_storage', params: {} })],
    tests: undefined,
    notes: undefined,
  };
  const loaded = loadTemplate(file, runtime, 'keep.tpl');
  if (!loaded.ok) return t.fail(loaded.error.message);
  const templateStorage = new Map<string, unknown>();
  let clock = 0;
  const now = (): number => clock;
  // The first execution's time bound (100 ms from clock 0) is long past when the second runs (clock 1000).
  t.deepEqual(loaded.value.execute({ io: createRecordingIo(), data: { keep: true }, templateStorage, bounds: { maxSteps: 1_000_000, maxMs: 100, now } }), { ok: true, value: 'kept' });
  clock = 1000;
  t.deepEqual(loaded.value.execute({ io: createRecordingIo(), data: {}, templateStorage, bounds: { maxSteps: 1_000_000, maxMs: 1_000_000, now } }), { ok: true, value: 5000 });
  // An execution's own functions still keep its time bound (the clock moves 1 ms per read here).
  const slow = loaded.value.execute({ io: createRecordingIo(), data: { own: true }, templateStorage, bounds: { maxSteps: 1_000_000, maxMs: 0, now: () => (clock += 1) } });
  t.deepEqual(slow, { ok: false, error: { code: 'bound', message: 'did not finish within 0 ms' } });
});
