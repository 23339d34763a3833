/**
 * The pure APIs as sandboxed code meets them: in-memory variable templates run by `runTemplateTests`, so values
 * cross the sandbox boundary (regex handles stay opaque, Object.delete acts on the caller's own object, sha256's
 * callback comes later).
 */
import test from 'ava';
import { runTemplateTests } from '../../src/run.ts';
import type { ContainerContext, TemplateFile } from '../../src/tpl/types.ts';

function variable(context: ContainerContext, code: string, scenario: string): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type: 'MACRO', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'api fixture', description: '', containerContexts: [context] },
    parameters: [],
    context,
    code,
    permissions: [],
    tests: { setup: '', scenarios: [{ name: 'scenario', code: scenario }] },
    notes: undefined,
  };
}

const passes = test.macro({
  async exec(t, context: ContainerContext, code: string, scenario: string) {
    const result = await runTemplateTests(variable(context, code, scenario));
    t.deepEqual(result.scenarios.map((s) => s.message), ['']);
  },
  title: (provided = '') => `pure APIs in the sandbox - ${provided}`,
});

test('createRegex handle works with testRegex and String replace', passes, 'SERVER', [
  "const createRegex = require('createRegex');",
  "const testRegex = require('testRegex');",
  "const re = createRegex('[0-9]+', 'g');",
  "return [testRegex(createRegex('^a', 'i'), 'Abc'), 'a1b22c'.replace(re, '#'), createRegex('(?=x)')];",
].join('\n'), "assertThat(runCode({})).isEqualTo([true, 'a#b#c', null]);");

test('Object.delete and Object.freeze act on the template\'s own object', passes, 'WEB', [
  "const Object = require('Object');",
  "const o = {a: 1, b: 2};",
  "const deleted = Object.delete(o, 'a');",
  "Object.freeze(o);",
  "return [deleted, Object.keys(o), Object.delete(o, 'b'), o.b];",
].join('\n'), "assertThat(runCode({})).isEqualTo([true, ['b'], false, 2]);");

test('JSON, Math, make* and getType', passes, 'WEB', [
  "const JSON = require('JSON');",
  "const Math = require('Math');",
  "const makeInteger = require('makeInteger');",
  "const makeString = require('makeString');",
  "const getType = require('getType');",
  "return [JSON.parse('{bad'), JSON.stringify({a: [1]}), Math.max('3', 9), makeInteger('42.9'), makeString(null), getType([])];",
].join('\n'), "assertThat(runCode({})).isEqualTo([undefined, '{\"a\":[1]}', 9, 42, 'null', 'array']);");

test('sha256 calls back after the calling code has gone on', passes, 'WEB', [
  "const sha256 = require('sha256');",
  "const order = [];",
  "sha256('abc', (digest) => order.push(digest), undefined, {outputEncoding: 'hex'});",
  "order.push('after call');",
  "return order;",
].join('\n'), [
  "const order = runCode({});",
  "const callLater = require('callLater');",
  "callLater(() => assertThat(order).isEqualTo(['after call', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']));",
].join('\n'));

test('parseUrl and toBase64 on the server', passes, 'SERVER', [
  "const parseUrl = require('parseUrl');",
  "const toBase64 = require('toBase64');",
  "const u = parseUrl('https://example.com/p?a=1&a=2');",
  "return [u.searchParams.a, toBase64('>>>?', {urlEncoding: true})];",
].join('\n'), "assertThat(runCode({})).isEqualTo([['1', '2'], 'Pj4-Pw']);");
