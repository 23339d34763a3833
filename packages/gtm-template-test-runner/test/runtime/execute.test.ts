import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDefaultRuntime } from '../../src/run.ts';
import { loadTemplate } from '../../src/runtime/execute.ts';
import { createRecordingIo } from '../../src/runtime/io.ts';
import { parseTpl } from '../../src/tpl/parse.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';

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
