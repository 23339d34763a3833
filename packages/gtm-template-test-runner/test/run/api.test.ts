import test from 'ava';
import { runTemplateTests } from '../../src/run.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';

function template(type: TemplateFile['info']['type'], code: string, scenarios: [string, string][], setup = '', context: 'WEB' | 'SERVER' = 'WEB'): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type, id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'T', description: '', containerContexts: [context] },
    parameters: [],
    context,
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
    'runCode: the template threw SandboxError: Cannot read property "y" of undefined (template code 1:11)',
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

test('runTemplateTests - pure APIs run inside the sandbox: sha256 calls back before runCode returns', async (t) => {
  const code = "const sha256 = require('sha256');\nlet digest = 'not yet';\nsha256('abc', (d) => { digest = d; }, undefined, {outputEncoding: 'hex'});\ndata.seen(digest);\ndata.gtmOnSuccess();\nreturn;";
  const file = template('TAG', code, [['sha256', [
    'const seen = [];',
    "mock('logToConsole', () => undefined);",
    'runCode({seen: (d) => seen.push(d)});',
    "assertThat(seen).isEqualTo(['not yet']);",
    "assertApi('gtmOnSuccess').wasCalled();",
  ].join('\n')]]);
  t.deepEqual((await runTemplateTests(file)).scenarios.map((s) => [s.passed, s.message]), [[true, '']]);
});

test('runTemplateTests - createRegex handles work with testRegex and String methods; Object.delete acts on the object', async (t) => {
  const code = [
    "const createRegex = require('createRegex');",
    "const testRegex = require('testRegex');",
    "const Object = require('Object');",
    "const r = createRegex('an', 'g');",
    'const o = {a: 1, b: 2};',
    "Object.delete(o, 'a');",
    "return [testRegex(r, 'banana'), 'banana'.replace(r, 'AN'), 'banana'.match(createRegex('n.$')), o, createRegex('(?=x)')];",
  ].join('\n');
  const file = template('MACRO', code, [['regex', "assertThat(runCode({})).isEqualTo([true, 'bANANa', ['na'], {b: 2}, null]);"]], '', 'SERVER');
  t.deepEqual((await runTemplateTests(file)).scenarios.map((s) => [s.passed, s.message]), [[true, '']]);
});

test('runTemplateTests - an error in test code names the setup or scenario line', async (t) => {
  const file = template('TAG', "require('logToConsole')('hi');\ndata.gtmOnSuccess();", [
    ['in the scenario', 'runCode({});\nconst o = {};\no.f();'],
    ['in a mock, called by the template', "mock('logToConsole', () => bad.x.y);\nrunCode({});"],
  ], 'const bad = {};\nconst unused = 1;');
  t.deepEqual((await runTemplateTests(file)).scenarios.map((s) => s.message), [
    'the test code threw SandboxError: "f" is not a function (scenario 3:1)',
    'runCode: the template threw SandboxError: Cannot read property "y" of undefined (scenario 1:28)',
  ]);
});
