/**
 * The two modes: `documented` (default; compiler, sandbox-check) refuses what `observed` (the runner) accepts only
 * where the rule table records evidence. Every relaxed construct has a case here; what stays refused is pinned too.
 */
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { validateSandboxCode } from '../../src/dialect/validate.ts';
import type { ValidateOptions } from '../../src/dialect/api.ts';
import { ruleTable } from '../../src/dialect/rule-table.ts';
import { createDefaultRuntime } from '../../src/runtime/defaults.ts';
import { runTemplateTests } from '../../src/run.ts';
import { serverVariableTpl } from './server-tpl.ts';

type Mode = ValidateOptions['mode'];

const rulesIn = (code: string, context: ValidateOptions['context'], mode: Mode): string[] =>
  validateSandboxCode(code, { file: 'm.js', context, role: 'template', ...(mode === undefined ? {} : { mode }) }).map((d) => d.rule);

interface Relaxed {
  rule: string;
  construct: string;
  code: string;
  context: ValidateOptions['context'];
}

const relaxedCases: readonly Relaxed[] = [
  { rule: 'no-bitwise-unverified', construct: '&', code: 'var v = data.a & 65535;', context: 'server' },
  { rule: 'no-bitwise-unverified', construct: '>>', code: 'var v = data.a >> 0;', context: 'server' },
  { rule: 'no-bitwise-unverified', construct: '>>>', code: 'var v = data.a >>> 16;', context: 'web' },
  { rule: 'method-not-in-standard-library', construct: 'hasOwnProperty', code: "var has = data.params.hasOwnProperty('k');", context: 'server' },
  { rule: 'method-not-in-standard-library', construct: 'hasOwnProperty', code: "var has = ({ a: 1 }).hasOwnProperty('a');", context: 'web' },
];

const relaxed = test.macro({
  exec(t: ExecutionContext, c: Relaxed) {
    t.deepEqual(rulesIn(c.code, c.context, undefined), [c.rule], 'default mode');
    t.deepEqual(rulesIn(c.code, c.context, 'documented'), [c.rule], 'documented');
    t.deepEqual(rulesIn(c.code, c.context, 'observed'), [], 'observed');
  },
  title: (_provided, c: Relaxed) => `${c.rule} - ${JSON.stringify(c.code)} refused when documented, allowed when observed`,
});

for (const c of relaxedCases) test(relaxed, c);

const refusedInBoth = test.macro({
  exec(t: ExecutionContext, code: string, context: ValidateOptions['context'], rules: string[]) {
    t.deepEqual(rulesIn(code, context, 'documented'), rules, 'documented');
    t.deepEqual(rulesIn(code, context, 'observed'), rules, 'observed');
  },
  title: (_provided, code: string) => `observed mode - still refuses ${JSON.stringify(code)} (no evidence)`,
});

test(refusedInBoth, 'var v = ~data.a;', 'server', ['no-bitwise-unverified']);
test(refusedInBoth, 'data.a &= 1;', 'server', ['no-bitwise-unverified']);
test(refusedInBoth, 'data.a >>= 1;', 'server', ['no-bitwise-unverified']);
test(refusedInBoth, 'data.a >>>= 1;', 'server', ['no-bitwise-unverified']);
test(refusedInBoth, "var has = 'abc'.hasOwnProperty('0');", 'web', ['method-not-in-standard-library']);
test(refusedInBoth, "var has = [1].hasOwnProperty('0');", 'web', ['method-not-in-standard-library']);
test(refusedInBoth, "const JSON = require('JSON');\nvar has = JSON.hasOwnProperty('parse');", 'web', ['method-not-in-standard-library']);
test(refusedInBoth, "var ok = data.s.startsWith('a');", 'web', ['method-not-in-standard-library']);
test(refusedInBoth, 'var v = JSON.stringify(data);', 'server', ['unknown-global']);
test(refusedInBoth, "var ok = data.s.match(/^a$/);", 'server', ['no-regex-literal']);

test('rule table - every construct an observed entry accepts has a relaxed case above', (t) => {
  const accepted = ruleTable.flatMap((r) => (r.observed === undefined ? [] : r.observed.constructs.map((c) => `${r.name} ${c}`)));
  t.deepEqual([...new Set(relaxedCases.map((c) => `${c.rule} ${c.construct}`))].sort(), accepted.sort());
});

test('rule table - every observed entry names a repository and its template file', (t) => {
  const entries = ruleTable.flatMap((r) => (r.observed === undefined ? [] : [r.observed]));
  t.is(entries.length, 2);
  for (const entry of entries) {
    t.true(entry.constructs.length > 0);
    t.regex(entry.evidence, /^[\w-]+\/[\w.-]+ \(template\.tpl, (web|server) (variable|tag|client)\)/);
  }
});

test('require-unknown-api - makeTableMap is a server API in both modes', (t) => {
  const code = "const makeTableMap = require('makeTableMap');\nvar map = makeTableMap(data.rows, 'key', 'value');";
  t.deepEqual(rulesIn(code, 'server', 'documented'), []);
  t.deepEqual(rulesIn(code, 'server', 'observed'), []);
  t.deepEqual(rulesIn(code, 'web', 'documented'), []);
});

test("runner runtime - validates in observed mode unless a caller asks for documented", (t) => {
  const runtime = createDefaultRuntime();
  const options = { file: 'r.js', context: 'server', role: 'template' } as const;
  t.deepEqual(runtime.validate('var v = data.a & 1;', options), []);
  t.deepEqual(runtime.validate('var v = data.a & 1;', { ...options, mode: 'documented' }).map((d) => d.rule), ['no-bitwise-unverified']);
  t.deepEqual(runtime.validate('var v = ~data.a;', options).map((d) => d.rule), ['no-bitwise-unverified']);
});

test('runTemplateTests - a template using &, >>, >>> and hasOwnProperty loads and its tests pass', async (t) => {
  const code = [
    "const makeTableMap = require('makeTableMap');",
    "const map = makeTableMap(data.rows, 'k', 'v');",
    "return [data.n & 65535, data.n >>> 16, data.m >> 1, map.hasOwnProperty('a'), map.hasOwnProperty('toString')];",
  ].join('\n');
  const tests = [
    'scenarios:',
    '- name: evaluates as JavaScript does',
    '  code: |-',
    "    assertThat(runCode({n: 131073, m: -5, rows: [{k: 'a', v: 1}]})).isEqualTo([1, 2, -3, true, false]);",
  ].join('\n');
  const result = await runTemplateTests(serverVariableTpl('Observed mode fixture', code, tests), { fileName: 'observed.tpl' });
  t.deepEqual(result.scenarios.map((s) => [s.name, s.passed, s.message]), [['evaluates as JavaScript does', true, '']]);
});
