import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sandbox-check-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import=tsx', join(root, 'scripts/sandbox-check.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('sandbox-check - prints each violation and exits 1', (t) => {
  const file = join(dir, 'bad.js');
  writeFileSync(file, "var x = 'a'.includes('b');\nfoo();\n");
  t.deepEqual(run(file), {
    status: 1,
    stdout:
      `${file}:1:9: error: [method-not-in-standard-library] \`'a'.includes()\` is not in GTM's standard library (String); use \`indexOf(...) !== -1\`\n` +
      `${file}:2:1: error: [unknown-global] \`foo\` is not a global in GTM's sandbox; declare it in the template\n`,
    stderr: '',
  });
});

test('sandbox-check - a clean file exits 0 silently', (t) => {
  const file = join(dir, 'good.js');
  writeFileSync(file, "const getType = require('getType');\nreturn getType(data.x);\n");
  t.deepEqual(run(file), { status: 0, stdout: '', stderr: '' });
});

test('sandbox-check - --server and --test choose the API set and the globals', (t) => {
  const file = join(dir, 'server-test.js');
  writeFileSync(file, "const Promise = require('Promise');\nrunCode({});\n");
  t.is(run(file).status, 1);
  t.is(run(file, '--server').status, 1);
  t.deepEqual(run(file, '--server', '--test'), { status: 0, stdout: '', stderr: '' });
});

test('sandbox-check - usage errors exit 2', (t) => {
  t.is(run().status, 2);
  t.is(run(join(dir, 'missing.js')).status, 2);
  t.is(run(join(dir, 'good.js'), '--web').status, 2);
});
