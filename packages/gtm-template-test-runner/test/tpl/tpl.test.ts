import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { parseTpl } from '../../src/tpl/parse.ts';
import { writeTpl } from '../../src/tpl/write.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

const layout = fixture('layout.tpl');

function parsed(text: string): TemplateFile {
  const result = parseTpl(text, 'x.tpl');
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.value;
}

function errors(text: string): string[] {
  const result = parseTpl(text, 'x.tpl');
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

test('parseTpl - hand-made export fixture, written back, gives the same text (minus the BOM)', (t) => {
  t.true(layout.startsWith('\uFEFF'));
  t.is(writeTpl(parsed(layout)), layout.slice(1));
});

test('parseTpl - reads every section of the fixture', (t) => {
  const file = parsed(layout);
  t.is(file.context, 'WEB');
  t.is(file.info.displayName, 'Layout fixture');
  t.deepEqual(file.parameters, [{ type: 'TEXT', name: 'pixelUrl', displayName: 'Pixel URL', simpleValueType: true }]);
  t.is(file.code, "const sendPixel = require('sendPixel');\n\nsendPixel(data.pixelUrl, data.gtmOnSuccess, data.gtmOnFailure);");
  t.is(file.permissions.length, 1);
  t.is(file.permissions[0]?.instance.key.publicId, 'send_pixel');
  t.deepEqual(file.tests?.scenarios.map((s) => s.name), ['sends the pixel: happy path', 'plain name']);
  t.is(file.tests?.scenarios[1]?.code, 'const x = 1;\n\nassertThat(x).isEqualTo(1);');
  t.is(file.tests?.setup, '');
  t.is(file.notes, 'Created on 23/11/2026, 19:00:00');
  t.true(file.termsOfService?.startsWith("By creating or modifying this file you agree to Google Tag Manager's Community"));
});

test('parseTpl - CRLF line ends and no BOM read the same', (t) => {
  t.deepEqual(parsed(layout.slice(1).replace(/\n/g, '\r\n')), parsed(layout));
});

test('parseTpl - old export: no TESTS, no ToS, permissions before code', (t) => {
  const old = [
    '___INFO___', '', '{"type":"MACRO","id":"cvt_temp_public_id","version":1,"securityGroups":[],"displayName":"Old","description":"","containerContexts":["WEB"]}', '', '',
    '___TEMPLATE_PARAMETERS___', '', '[]', '', '',
    '___WEB_PERMISSIONS___', '', '[]', '', '',
    '___SANDBOXED_JS_FOR_WEB_TEMPLATE___', '', 'return 1;', '', '',
    '___NOTES___', '', 'Created on 1/1/2019', '',
  ].join('\n');
  const file = parsed(old);
  t.is(file.tests, undefined);
  t.is(file.termsOfService, undefined);
  t.is(file.code, 'return 1;');
  t.deepEqual(file.permissions, []);
  t.is(file.info.type, 'MACRO');
});

test('parseTpl - setup as a double-quoted string', (t) => {
  const text = layout.replace("setup: ''", 'setup: "const a = 1;\\nmock(\'x\', a);"');
  t.is(parsed(text).tests?.setup, "const a = 1;\nmock('x', a);");
});

test('parseTpl - server template', (t) => {
  const text = layout
    .replace('___SANDBOXED_JS_FOR_WEB_TEMPLATE___', '___SANDBOXED_JS_FOR_SERVER___')
    .replace('___WEB_PERMISSIONS___', '___SERVER_PERMISSIONS___')
    .replace('"WEB"', '"SERVER"');
  t.is(parsed(text).context, 'SERVER');
});

const malformed = test.macro({
  exec(t, edit: (text: string) => string, expected: string[]) {
    t.deepEqual(errors(edit(layout)), expected);
  },
  title: (provided) => `parseTpl - malformed: ${provided ?? ''}`,
});

test('bad INFO JSON', malformed, (s: string) => s.replace('"type": "TAG",', '"type": "TAG",,'), [
  'x.tpl:12:1: error: [tpl-section] ___INFO___: invalid JSON: Expected double-quoted property name in JSON at position 18',
]);
test('unknown INFO type', malformed, (s: string) => s.replace('"type": "TAG"', '"type": "PIXEL"'), [
  'x.tpl:11:1: error: [tpl-section] ___INFO___: "type" must be one of TAG, MACRO, CLIENT (got "PIXEL")',
]);
test('missing INFO', malformed, (s: string) => s.replace(/___INFO___[\s\S]*?(?=___TEMPLATE_PARAMETERS___)/, ''), [
  'x.tpl:1:1: error: [tpl-section] ___INFO___: section is missing',
]);
test('bad TESTS YAML', malformed, (s: string) => s.replace('scenarios:', 'scenarios: [').replace("setup: ''", ''), [
  'x.tpl:88:1: error: [tpl-section] ___TESTS___: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
]);
test('scenario without a name', malformed, (s: string) => s.replace('- name: plain name', '- nom: plain name'), [
  'x.tpl:87:1: error: [tpl-section] ___TESTS___: scenario 1 has no "name" string',
]);
test('permission entry without publicId', malformed, (s: string) => s.replace('"publicId": "send_pixel",', ''), [
  'x.tpl:48:1: error: [tpl-section] ___WEB_PERMISSIONS___: entry 0 has no instance.key.publicId',
]);
test('section twice', malformed, (s: string) => `${s}___NOTES___\n\nagain\n`, [
  'x.tpl:105:1: error: [tpl-section] ___NOTES___: section appears twice',
]);
test('text before the first marker', malformed, (s: string) => `hello\n${s.slice(1)}`, [
  'x.tpl:1:1: error: [tpl-section] text before the first section marker; a .tpl file starts with a marker such as ___INFO___',
]);
test('context mismatch', malformed, (s: string) => s.replace('"WEB"', '"SERVER"'), [
  'x.tpl:11:1: error: [tpl-section] ___INFO___: containerContexts ["SERVER"] does not include "WEB", the context of the code section',
]);

/** Any model the writer can produce reads back equal (seeded). */
test('writeTpl - write then parse gives the model back', (t) => {
  const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', "'", '"', '#', '-', '{', '\\', 'é', '\t') });
  const text = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n').trim()).filter((s) => s !== '');
  const scenario = fc.record({ name: text.filter((s) => !s.includes('\n')), code: text });
  fc.assert(
    fc.property(fc.array(scenario, { maxLength: 3 }), fc.option(text, { nil: '' }), text, (scenarios, setup, code) => {
      const base = parsed(layout);
      const model: TemplateFile = { ...base, code, tests: { scenarios, setup } };
      t.deepEqual(parsed(writeTpl(model)), model);
    }),
    { seed: 20261123, numRuns: 200 },
  );
});
