import test from 'ava';
import { runTemplateTests } from '../../src/run.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';

function template(type: TemplateFile['info']['type'], code: string, scenarios: [string, string][], setup = ''): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type, id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'T', description: '', containerContexts: ['WEB'] },
    parameters: [],
    context: 'WEB',
    code,
    permissions: [],
    tests: { scenarios: scenarios.map(([name, c]) => ({ name, code: c })), setup },
    notes: undefined,
  };
}

test('runTemplateTests - takes a parsed TemplateFile and filters scenarios by substring', async (t) => {
  const file = template('MACRO', 'return data.x * 2;', [
    ['doubles 2', 'assertThat(runCode({x: 2})).isEqualTo(4);'],
    ['doubles 3', 'assertThat(runCode({x: 3})).isEqualTo(6);'],
    ['other', 'fail();'],
  ]);
  const result = await runTemplateTests(file, { filter: 'doubles' });
  t.deepEqual(result.scenarios.map((s) => [s.name, s.passed]), [['doubles 2', true], ['doubles 3', true]]);
  t.is(result.file, 'template.tpl');
  t.true(result.scenarios.every((s) => typeof s.durationMs === 'number'));
});

test('runTemplateTests - runCode returns undefined for tags, the value for variables', async (t) => {
  const tag = template('TAG', 'data.gtmOnSuccess(); return 1;', [['tag', 'assertThat(runCode({})).isUndefined();']]);
  const variable = template('MACRO', 'return 1;', [['variable', 'assertThat(runCode({})).isEqualTo(1);']]);
  t.is((await runTemplateTests(tag)).passed, 1);
  t.is((await runTemplateTests(variable)).passed, 1);
});

test('runTemplateTests - fail() with and without a message', async (t) => {
  const file = template('TAG', 'data.gtmOnSuccess();', [['a', "fail('because');"], ['b', 'fail();']]);
  t.deepEqual((await runTemplateTests(file)).scenarios.map((s) => s.message), ['fail(): because', 'fail() was called']);
});

test('runTemplateTests - an error thrown by the template fails the scenario with the error', async (t) => {
  const file = template('TAG', 'const x = data.missing.y;', [['throws', 'runCode({});']]);
  t.deepEqual((await runTemplateTests(file)).scenarios.map((s) => s.message), [
    'runCode: the template threw SandboxError: Cannot read property "y" of undefined',
  ]);
});

test('runTemplateTests - a malformed file is one failed "(load)" scenario naming the section', async (t) => {
  const result = await runTemplateTests('___INFO___\n\n{oops\n', { fileName: 'bad.tpl' });
  t.is(result.failed, 1);
  t.is(result.scenarios[0]?.name, '(load)');
  t.regex(result.scenarios[0]?.message ?? '', /^bad\.tpl:3:1: error: \[tpl-section\] ___INFO___: invalid JSON: /);
});

test('runTemplateTests - no tests section: no scenarios', async (t) => {
  const file = { ...template('TAG', 'data.gtmOnSuccess();', []), tests: undefined };
  t.deepEqual(await runTemplateTests(file), { file: 'template.tpl', scenarios: [], passed: 0, failed: 0 });
});
