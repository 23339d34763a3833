import test from 'ava';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/gtm-template-test-runner.js', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('cli - all scenarios pass: one line each, the count last, exit 0', (t) => {
  const r = cli(fixture('layout.tpl'));
  t.is(r.stdout, '✔ sends the pixel: happy path\n✔ plain name\n2 passed, 0 failed\n');
  t.is(r.code, 0);
});

test('cli - a failing scenario: its message indented under it, exit 1', (t) => {
  const r = cli(fixture('server-variable.tpl'), fixture('server.tpl'), '--filter', 'the');
  const lines = r.stdout.trimEnd().split('\n');
  t.deepEqual(lines.map((l) => l.replace(/^(.)\s\S*fixtures\//, '$1 ')), [
    "✔ server-variable.tpl: runCode returns the variable's value",
    '✔ server-variable.tpl: runCode returns a promise the test can chain',
    '✔ server.tpl: a hand-made thenable works like a promise',
    '✔ server.tpl: the legacy callback signature',
    "✔ server.tpl: a rejected promise reaches the template's handler",
    '✔ server.tpl: Promise.all and then chains settle in order',
    '✘ server.tpl: an assertion failing inside a then handler fails the scenario (fails)',
    '    assertThat(…).isEqualTo: expected 1 to be equal to 2',
    '6 passed, 1 failed',
  ]);
  t.is(r.code, 1);
});

test('cli - --json prints the report', (t) => {
  const r = cli(fixture('layout.tpl'), '--json', '--filter', 'plain');
  const report = JSON.parse(r.stdout) as { passed: number; failed: number; files: { scenarios: { name: string; passed: boolean }[] }[] };
  t.is(report.passed, 1);
  t.is(report.failed, 0);
  t.deepEqual(report.files[0]?.scenarios.map((s) => [s.name, s.passed]), [['plain name', true]]);
  t.is(r.code, 0);
});

const usage = 'usage: gtm-template-test-runner <file.tpl>... [--json] [--filter <substring>]';

test('cli - usage errors exit 2', (t) => {
  t.deepEqual(cli(), { code: 2, stdout: '', stderr: `gtm-template-test-runner: no .tpl file given\n${usage}\n` });
  t.deepEqual(cli('--nope', 'x.tpl'), { code: 2, stdout: '', stderr: `gtm-template-test-runner: unknown option: --nope\n${usage}\n` });
  t.deepEqual(cli('x.tpl', '--filter'), { code: 2, stdout: '', stderr: `gtm-template-test-runner: --filter needs a value\n${usage}\n` });
});

test('cli - an unreadable file exits 2', (t) => {
  const r = cli('/nonexistent/template.tpl');
  t.is(r.code, 2);
  t.is(r.stdout, '');
  t.is(r.stderr, "gtm-template-test-runner: cannot read /nonexistent/template.tpl: ENOENT: no such file or directory, open '/nonexistent/template.tpl'\n");
});
