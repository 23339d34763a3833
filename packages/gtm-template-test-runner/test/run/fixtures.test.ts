/**
 * The runner tested as ava tests itself: fixture templates in, the list of scenario outcomes out
 * (name, passed, message), compared exactly.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { validateSandboxCode } from '../../src/dialect/validate.ts';
import { runTemplateTests } from '../../src/run.ts';
import { parseTpl } from '../../src/tpl/parse.ts';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

type Outcome = [name: string, passed: boolean, message: string];

const outcomes = test.macro({
  async exec(t, file: string, expected: Outcome[], warnings: Record<string, string[]> = {}) {
    const result = await runTemplateTests(fixture(file), { fileName: file, scheduler: { maxSteps: 20_000, maxMs: 10_000, now: () => 0 } });
    t.deepEqual(result.scenarios.map((s): Outcome => [s.name, s.passed, s.message]), expected);
    t.deepEqual(Object.fromEntries(result.scenarios.filter((s) => s.warnings.length > 0).map((s) => [s.name, s.warnings])), warnings);
    t.is(result.passed, expected.filter(([, p]) => p).length);
    t.is(result.failed, expected.filter(([, p]) => !p).length);
  },
  title: (_provided, file: string) => `runTemplateTests - ${file}`,
});

test(outcomes, 'layout.tpl', [
  ['sends the pixel: happy path', true, ''],
  ['plain name', true, ''],
]);

test(outcomes, 'lifecycle.tpl', [
  ['setup mock applies, spies observe gtmOnSuccess', true, ''],
  ['mock replaced in the scenario, then reset by the next scenario', true, ''],
  ['setup re-ran, storage and calls start empty', true, ''],
  ['runCode many times, template storage persists within the scenario', true, ''],
  ['window state is shared with test code', true, ''],
  ['callLater callbacks settle before runCode returns', true, ''],
  ['a mock given as a value is returned and calls back nothing (fails)', false, "assertApi('gtmOnSuccess').wasCalled: it was never called"],
  ['test-side callLater runs before the scenario ends (fails)', false, 'fail(): late failure'],
  ['a callLater chain that never ends (fails)', false, 'did not finish: more than 20000 steps (an endless loop or callLater chain?)'],
  ['an endless loop (fails)', false, 'did not finish: more than 20000 steps (an endless loop or callLater chain?)'],
], {
  'a mock given as a value is returned and calls back nothing (fails)': [
    "mockObject('unused'): the template never requires 'unused'",
    "mock('getUrl'): the template never requires 'getUrl'",
  ],
});

test(outcomes, 'server.tpl', [
  ['a mock returning Promise.create settles before runCode returns', true, ''],
  ['a hand-made thenable works like a promise', true, ''],
  ['the legacy callback signature', true, ''],
  ["a rejected promise reaches the template's handler", true, ''],
  ['Promise.all and then chains settle in order', true, ''],
  ['an unmocked request to an allowed URL never answers', true, ''],
  ['an assertion failing inside a then handler fails the scenario (fails)', false, 'assertThat(…).isEqualTo: expected 1 to be equal to 2'],
]);

test(outcomes, 'server-variable.tpl', [
  ["runCode returns the variable's value", true, ''],
  ['runCode returns a promise the test can chain', true, ''],
]);

test(outcomes, 'permissions.tpl', [
  ['an unmocked call to an allowed URL is recorded', true, ''],
  ['an unmocked call outside the permission (fails)', false, 'sendPixel: Permission denied: send_pixel does not allow URL "https://evil.example/p"'],
  ['a mocked call skips the permission check', true, ''],
  ['queryPermission answers from the declared permissions', true, ''],
]);

test(outcomes, 'boundary.tpl', [
  ['data and API results are copies', true, ''],
  ['no prototype is reachable', true, ''],
  ['a cyclic value crosses as undefined', true, ''],
  ['functions keep their identity for wasCalledWith', true, ''],
]);

/** The validator's own diagnostics for a piece of a fixture, formatted as the runner reports them. */
function validatorSays(file: string, piece: (t: { code: string; scenarios: { name: string; code: string }[] }) => string, label: string, role: 'template' | 'test'): string {
  const parsed = parseTpl(fixture(file), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const code = piece({ code: parsed.value.code, scenarios: parsed.value.tests?.scenarios ?? [] });
  return validateSandboxCode(code, { file: `${file} ${label}`, context: 'web', role }).map(formatDiagnostic).join('\n');
}

const templateLoadError = validatorSays('dialect-template.tpl', (t) => t.code, '(template code)', 'template');

test('runTemplateTests - template code using new and try: the validator names both', (t) => {
  t.regex(templateLoadError, /3:17: error: \[no-new\]/);
  t.regex(templateLoadError, /4:1: error: \[no-try\]/);
});

test(outcomes, 'dialect-template.tpl', [
  ['every scenario fails at load (1)', false, templateLoadError],
  ['every scenario fails at load (2)', false, templateLoadError],
]);

const scenarioError = (name: string): string =>
  validatorSays('dialect-test.tpl', (t) => t.scenarios.find((s) => s.name === name)?.code ?? '', `(scenario "${name}")`, 'test');

test(outcomes, 'dialect-test.tpl', [
  ['plain test code passes', true, ''],
  ['a regex literal in test code fails at load', false, scenarioError('a regex literal in test code fails at load')],
  ['new in test code fails at load', false, scenarioError('new in test code fails at load')],
]);

test('runTemplateTests - a setup error is reported in the setup, a scenario error at its own line', async (t) => {
  const text = fixture('dialect-test.tpl').replace("setup: ''", "setup: |-\n  const a = 1;\n  const b = /x/;");
  const result = await runTemplateTests(text, { fileName: 'x.tpl', filter: 'regex' });
  t.deepEqual(result.scenarios.map((s) => s.message.replace(/ error: \[no-regex-literal\].*/g, '')), [
    'x.tpl (setup):2:11:\nx.tpl (scenario "a regex literal in test code fails at load"):2:24:',
  ]);
});
