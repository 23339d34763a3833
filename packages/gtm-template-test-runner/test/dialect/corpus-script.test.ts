/**
 * `scripts/corpus.ts` run on a two-template corpus written here: one template that needs `observed` mode (bitwise `&`),
 * one that passes in both modes. The whole output is compared.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverVariableTpl } from './server-tpl.ts';

const script = fileURLToPath(new URL('../../scripts/corpus.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
const scenario = (name: string, code: string): string => `scenarios:\n- name: ${name}\n  code: |-\n    ${code}\n`;
writeFileSync(join(dir, 'low-bits.tpl'), serverVariableTpl('Low bits', 'return data.n & 255;', scenario('masks', 'assertThat(runCode({n: 257})).isEqualTo(1);')));
writeFileSync(join(dir, 'plain.tpl'), serverVariableTpl('Plain', 'return data.n | 1;', scenario('ors', 'assertThat(runCode({n: 2})).isEqualTo(3);')));
writeFileSync(join(dir, 'notes.txt'), 'not a template');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import=tsx', script, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const table = (lowBits: '✔' | '✘', passed: string, failed: string): string[] => [
  '   template      context  type   scenarios  passed  failed',
  `${lowBits}  low-bits.tpl  SERVER   MACRO          1  ${passed}  ${failed}`,
  '✔  plain.tpl     SERVER   MACRO          1       1       0',
];

test('corpus script - observed mode (default): a table per template and the total last', (t) => {
  t.deepEqual(run(dir), {
    status: 0,
    stdout: [...table('✔', '     1', '     0'), '', '2 templates, 2 scenarios (validator mode: observed)', '2 passed, 0 failed (100.0 %)', ''].join('\n'),
    stderr: '',
  });
});

test('corpus script - documented mode: the refused template fails with the validator message', (t) => {
  t.deepEqual(run(dir, '--mode', 'documented'), {
    status: 0,
    stdout: [
      ...table('✘', '     0', '     1'),
      '',
      'Failing scenarios:',
      '✘ low-bits.tpl: masks',
      "    low-bits.tpl (template code):1:8: error: [no-bitwise-unverified] bitwise `&` is not verified in GTM's sandbox (refused until verified); use arithmetic (`Math.floor(x / 2)`, `x % 2`) or `|`, `^`, `<<`",
      '',
      '2 templates, 2 scenarios (validator mode: documented)',
      '1 passed, 1 failed (50.0 %)',
      '',
    ].join('\n'),
    stderr: '',
  });
});

test('corpus script - --ignore-rule is named in the summary', (t) => {
  const { stdout } = run(dir, '--mode', 'documented', '--ignore-rule', 'no-bitwise-unverified');
  t.deepEqual(stdout.split('\n').slice(-3), ['2 templates, 2 scenarios (validator mode: documented; ignoring dialect rules no-bitwise-unverified)', '2 passed, 0 failed (100.0 %)', '']);
});

for (const args of [[], ['--mode', 'lenient', '.'], ['--mode'], ['--what', '.'], ['a', 'b']]) {
  test(`corpus script - usage error: ${JSON.stringify(args)}`, (t) => {
    t.deepEqual(run(...args), {
      status: 2,
      stdout: '',
      stderr: 'usage: corpus.ts <corpus-dir> [--verbose] [--mode documented|observed] [--ignore-rule <rule>]...\n',
    });
  });
}
