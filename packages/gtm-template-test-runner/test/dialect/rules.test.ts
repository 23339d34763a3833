import test from 'ava';
import type { ExecutionContext } from 'ava';
import { validateSandboxCode } from '../../src/dialect/validate.ts';
import { ruleTable } from '../../src/dialect/rule-table.ts';
import { ruleCases, type RuleCase } from './rule-cases.ts';

function options(c: RuleCase, context = c.context ?? 'web') {
  return { file: 'case.js', context, role: c.role ?? 'template' } as const;
}

const refuses = test.macro({
  exec(t: ExecutionContext, c: RuleCase) {
    const found = validateSandboxCode(c.refused, options(c)).map((d) => ({
      rule: d.rule,
      at: [d.location?.line, d.location?.column, d.location?.length],
      lineText: d.location?.lineText,
    }));
    t.deepEqual(found, [{ rule: c.rule, at: c.at, lineText: c.refused.split('\n')[c.at[0] - 1] }]);
  },
  title: (_provided, c: RuleCase) => `${c.rule} - refuses ${JSON.stringify(c.refused)}`,
});

const allows = test.macro({
  exec(t: ExecutionContext, c: RuleCase) {
    t.deepEqual(validateSandboxCode(c.allowed, options(c, c.allowedContext ?? c.context ?? 'web')), []);
  },
  title: (_provided, c: RuleCase) => `${c.rule} - allows its twin ${JSON.stringify(c.allowed)}${c.allowedContext ? ` (${c.allowedContext})` : ''}`,
});

for (const c of ruleCases) {
  test(refuses, c);
  test(allows, c);
}

test('rule table - every rule has a refused snippet and an allowed twin (unknown-syntax: node-table.test.ts)', (t) => {
  const covered = new Set([...ruleCases.map((c) => c.rule), 'unknown-syntax']);
  t.deepEqual(ruleTable.map((r) => r.name).filter((name) => !covered.has(name)), []);
});

test('rule table - names are unique kebab case, each rule has a message and a source', (t) => {
  const names = ruleTable.map((r) => r.name);
  t.is(new Set(names).size, names.length);
  for (const rule of ruleTable) {
    t.regex(rule.name, /^[a-z]+(-[a-z]+)*$/, rule.name);
    t.true(rule.message.length > 20, rule.name);
    const source = rule.source;
    t.true(source.kind === 'doc' ? source.url.startsWith('https://developers.google.com/') : source.research.startsWith('research/gtm-sandbox.md §'), rule.name);
  }
});

const bitwise = test.macro({
  exec(t: ExecutionContext, code: string, expected: string[]) {
    t.deepEqual(validateSandboxCode(code, { file: 'b.js', context: 'server', role: 'template' }).map((d) => d.rule), expected);
  },
  title: (_provided, code: string, expected: string[]) => `no-bitwise-unverified - ${code} ${expected.length ? 'refused' : 'allowed'}`,
});

for (const [code, refused] of [
  ['var v = data.a & 1;', true], ['var v = data.a >> 1;', true], ['var v = data.a >>> 0;', true], ['var v = ~data.a;', true],
  ['data.a &= 1;', true], ['data.a >>= 1;', true], ['data.a >>>= 1;', true],
  ['var v = data.a | 0;', false], ['var v = data.a ^ 1;', false], ['var v = 1 << data.a;', false],
  ['data.a |= 1;', false], ['data.a ^= 1;', false], ['data.a <<= 1;', false],
] as const) {
  test(bitwise, code, refused ? ['no-bitwise-unverified'] : []);
}
