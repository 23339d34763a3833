/** Template folders -> `.tpl`: scenario names, permission derivation and checks, determinism, round trip. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { parse } from 'acorn';
import { requiredApi } from '../../compiler/ast.ts';
import { firstDifference } from '../../compiler/first-difference.ts';
import { checkPermissions, permissionsFor } from '../../compiler/permissions.ts';
import { buildTemplate, nameOfScenario, templates } from '../../compiler/template.ts';
import { nodes } from '../../compiler/walk.ts';
import { formatDiagnostic } from '../../packages/gtm-template-test-runner/src/diagnostics.ts';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';

const root = path.resolve(import.meta.dirname, '../..');

const namesScenario = test.macro({
  exec(t, fileName: string, source: string, expected: string) {
    t.is(nameOfScenario(fileName, source), expected);
  },
  title: (_provided, fileName: string, _source: string, expected: string) => `nameOfScenario - ${fileName} is named "${expected}"`,
});

test(namesScenario, 'fails-without-site-id.ts', '', 'fails without site id');
test(namesScenario, 'ignores_other_paths.ts', 'runCode({});', 'ignores other paths');
test(namesScenario, 'a.ts', '\n// @name Logs the measurement: st, cp\nrunCode({});', 'Logs the measurement: st, cp');
test(namesScenario, 'b.ts', 'runCode({});\n// @name Not leading', 'b');

const needs = test.macro({
  exec(t, api: string, context: 'web' | 'server', expected: string[]) {
    t.deepEqual(permissionsFor(api, context), expected);
  },
  title: (_provided, api: string, context: string, expected: string[]) =>
    `permissionsFor - ${api} on ${context} needs ${expected.length === 0 ? 'nothing' : expected.join(', ')}`,
});

test(needs, 'logToConsole', 'web', ['logging']);
test(needs, 'localStorage', 'web', ['access_local_storage']);
test(needs, 'updateConsentState', 'web', ['access_consent']);
test(needs, 'setPixelResponse', 'server', ['access_response']);
test(needs, 'templateDataStorage', 'server', ['access_template_storage']);
test(needs, 'JSON', 'web', []);
test(needs, 'claimRequest', 'server', []);
test(needs, 'sendPixel', 'server', []);

const permissionsText = ["export const permissions = [", "  { id: 'logging', params: {} },", "  { id: 'send_pixel', params: {} },", "  { id: 'logging', params: {} },", '];'].join('\n');

test('checkPermissions - a missing, an unused and a duplicate permission, each located', (t) => {
  const diagnostics = checkPermissions({
    requires: ['getUrl', 'logToConsole'],
    requireSites: new Map([['getUrl', { file: 'template/main.ts', line: 3, column: 15, length: 16, lineText: "const getUrl = require('getUrl');" }]]),
    declared: [
      { id: 'logging', params: {} },
      { id: 'send_pixel', params: {} },
      { id: 'logging', params: {} },
    ],
    file: 'template/permissions.ts',
    text: permissionsText,
    context: 'web',
  });
  t.deepEqual(diagnostics.map(formatDiagnostic), [
    'template/main.ts:3:16: error: [permission-missing] require(\'getUrl\') needs the permission "get_url", which template/permissions.ts does not declare',
    'template/permissions.ts:3:9: error: [permission-unused] the permission "send_pixel" is declared but no required API uses it (required: getUrl, logToConsole)',
    'template/permissions.ts:2:9: error: [permission-duplicate] the permission "logging" is declared twice',
  ]);
});

test('checkPermissions - exactly the needed permissions pass', (t) => {
  const diagnostics = checkPermissions({
    requires: ['JSON', 'logToConsole'],
    requireSites: new Map(),
    declared: [{ id: 'logging', params: { environments: 'debug' } }],
    file: 'template/permissions.ts',
    text: "  { id: 'logging' }",
    context: 'web',
  });
  t.deepEqual(diagnostics, []);
});

for (const spec of templates) {
  test(`buildTemplate - ${spec.output} builds without diagnostics, twice to the same bytes, and parses back`, async (t) => {
    const first = await buildTemplate(spec, root);
    const second = await buildTemplate(spec, root);
    t.deepEqual(first.diagnostics.map(formatDiagnostic), []);
    t.is(first.text, second.text);
    const parsed = parseTpl(first.text, spec.output);
    if (!parsed.ok) {
      t.fail(parsed.diagnostics.map(formatDiagnostic).join('\n'));
      return;
    }
    t.deepEqual(parsed.value, first.file);
    t.true((first.file.tests?.scenarios.length ?? 0) >= 2);
  });
}

for (const spec of templates) {
  // GTM runs the code's top level on every execution: each bundled module's own require of an API is merged into one.
  test(`buildTemplate - ${spec.output} requires each API exactly once`, async (t) => {
    const built = await buildTemplate(spec, root);
    t.deepEqual(built.diagnostics.map(formatDiagnostic), []);
    const program = parse(built.file.code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true });
    const counts = new Map<string, number>();
    for (const node of nodes(program)) {
      const api = requiredApi(node);
      if (api !== undefined) counts.set(api, (counts.get(api) ?? 0) + 1);
    }
    t.deepEqual([...counts.keys()].sort(), built.requires);
    t.deepEqual([...counts].filter(([, n]) => n !== 1), []);
  });
}

test('buildTemplate - the web tag: permissions are exactly those its requires need, one scenario per tests/ file', async (t) => {
  const built = await buildTemplate({ dir: 'template', context: 'web', output: 'template.tpl' }, root);
  const needed = [...new Set(built.requires.flatMap((api) => permissionsFor(api, 'web')))].sort();
  t.deepEqual([...built.file.permissions.map((p) => p.instance.key.publicId)].sort(), needed);
  const scenarioFiles = (await readdir(path.join(root, 'template/tests'))).filter((f) => f.endsWith('.ts') && f !== 'setup.ts');
  t.is(built.file.tests?.scenarios.length, scenarioFiles.length);
  t.true(built.file.code.includes('data.gtmOnSuccess()'));
  t.true(built.file.code.includes('data.gtmOnFailure()'));
});

const differs = test.macro({
  exec(t, committed: string, rebuilt: string, expected: ReturnType<typeof firstDifference>) {
    t.deepEqual(firstDifference(committed, rebuilt), expected);
  },
  title: (provided = '') => `firstDifference - ${provided}`,
});

test('equal texts', differs, 'a\nb\n', 'a\nb\n', undefined);
test('a changed line', differs, 'a\nb\nc', 'a\nB\nc', { line: 2, committed: 'b', rebuilt: 'B' });
test('a line added at the end', differs, 'a', 'a\nb', { line: 2, committed: '<end of file>', rebuilt: 'b' });

test('buildTemplate - a template using try/catch fails with the rule and its TypeScript line', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'broken-template-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFile(path.join(dir, 'broken', file), text);
  await mkdir(path.join(dir, 'broken', 'tests'), { recursive: true });
  await write('info.ts', "export const info = { type: 'TAG', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'Broken', description: 'x', containerContexts: ['WEB'] };\n");
  await write('fields.ts', "export const fields = [{ type: 'TEXT', name: 'id' }];\n");
  await write('permissions.ts', "export const permissions = [\n  { id: 'logging', params: { environments: 'debug' } },\n  { id: 'send_pixel', params: {} },\n];\n");
  await write(
    'main.ts',
    [
      "const log = require('logToConsole');",
      'try {',
      '  log(data.id);',
      '} catch (e) {',
      '  data.gtmOnFailure();',
      '}',
      'data.gtmOnSuccess();',
      '',
    ].join('\n'),
  );
  await write('tests/runs.ts', "// @name Runs\nrunCode({ id: `x${1}` });\nassertApi('gtmOnSuccess').wasCalled();\n");
  const built = await buildTemplate({ dir: 'broken', context: 'web', output: 'broken.tpl' }, dir);
  t.deepEqual(built.diagnostics.map(formatDiagnostic), [
    "broken/main.ts:2:1: error: [no-try] `try`/`catch`/`finally` is not allowed in GTM's sandbox; return errors as values (`{ ok: false, error }`)",
  ]);
  t.is(built.file.tests?.scenarios[0]?.code, "runCode({ id: 'x' + 1 });\nassertApi('gtmOnSuccess').wasCalled();");
});

test('buildTemplate - a declared permission no API uses fails the build', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'overprivileged-template-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFile(path.join(dir, 'over', file), text);
  await mkdir(path.join(dir, 'over'), { recursive: true });
  await write('info.ts', "export const info = { type: 'TAG', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'Over', description: 'x', containerContexts: ['WEB'] };\n");
  await write('fields.ts', 'export const fields = [];\n');
  await write('permissions.ts', "export const permissions = [\n  { id: 'logging', params: { environments: 'debug' } },\n  { id: 'send_pixel', params: {} },\n];\n");
  await write('main.ts', "require('logToConsole')('hi');\ndata.gtmOnSuccess();\n");
  const built = await buildTemplate({ dir: 'over', context: 'web', output: 'over.tpl' }, dir);
  t.deepEqual(built.diagnostics.map(formatDiagnostic), [
    'over/permissions.ts:3:9: error: [permission-unused] the permission "send_pixel" is declared but no required API uses it (required: logToConsole)',
  ]);
});
