/**
 * For every rule: one snippet it refuses (with the exact location of the one diagnostic) and an allowed twin that
 * differs only in the refused construct (or in the context).
 */
import type { ValidateOptions } from '../../src/dialect/api.ts';

export interface RuleCase {
  rule: string;
  refused: string;
  /** [line (1-based), column (0-based), length] of the single diagnostic. */
  at: [number, number, number];
  allowed: string;
  context?: ValidateOptions['context'];
  role?: ValidateOptions['role'];
  allowedContext?: ValidateOptions['context'];
}

export const ruleCases: readonly RuleCase[] = [
  { rule: 'syntax', refused: 'var = 1;', at: [1, 4, 0], allowed: 'var a = 1;' },
  { rule: 'no-new', refused: 'function Foo() { return {}; }\nvar a = new Foo();', at: [2, 8, 9], allowed: 'function Foo() { return {}; }\nvar a = Foo();' },
  { rule: 'no-this', refused: 'function f() { return this; }', at: [1, 22, 4], allowed: 'function f(self) { return self; }' },
  { rule: 'no-class', refused: 'class A {}', at: [1, 0, 10], allowed: 'var A = {};' },
  { rule: 'no-regex-literal', refused: 'var ok = data.s.match(/^a+$/);', at: [1, 22, 6], allowed: "var ok = data.s.match('^a+$');" },
  { rule: 'no-try', refused: 'try { data.gtmOnSuccess(); } finally { data.gtmOnFailure(); }', at: [1, 0, 61], allowed: 'data.gtmOnSuccess();\ndata.gtmOnFailure();' },
  { rule: 'no-throw', refused: "if (!data.x) throw 'no x';", at: [1, 13, 13], allowed: 'if (!data.x) data.gtmOnFailure();' },
  { rule: 'no-template-literal', refused: 'var s = `a${data.x}`;', at: [1, 8, 12], allowed: "var s = 'a' + data.x;" },
  { rule: 'no-destructuring', refused: 'var [a, b] = data.list;', at: [1, 4, 6], allowed: 'var a = data.list[0], b = data.list[1];' },
  { rule: 'no-spread-rest', refused: 'var copy = [...data.list];', at: [1, 12, 12], allowed: 'var copy = data.list.slice();' },
  { rule: 'no-default-parameter', refused: 'function f(a = 1) { return a; }', at: [1, 11, 5], allowed: 'function f(a) { if (a === undefined) a = 1; return a; }' },
  { rule: 'no-async', refused: 'var f = async function () { return 1; };', at: [1, 8, 31], allowed: 'var f = function () { return 1; };' },
  { rule: 'no-generator', refused: 'function* g() {}', at: [1, 0, 16], allowed: 'function g() {}' },
  { rule: 'no-delete', refused: 'delete data.x;', at: [1, 0, 13], allowed: "const Object = require('Object');\nObject.delete(data, 'x');" },
  { rule: 'no-instanceof', refused: 'var isA = data.x instanceof data.Y;', at: [1, 10, 24], allowed: "var isA = require('getType')(data.x) === 'array';" },
  { rule: 'no-in-operator', refused: "var has = 'x' in data;", at: [1, 10, 11], allowed: 'var has = data.x !== undefined;' },
  { rule: 'no-getter-setter', refused: 'var o = { get x() { return 1; } };', at: [1, 10, 21], allowed: 'var o = { x: 1 };' },
  { rule: 'no-optional-chaining', refused: 'var v = data.a?.b;', at: [1, 8, 9], allowed: 'var v = data.a && data.a.b;' },
  { rule: 'no-nullish-coalescing', refused: 'var v = data.a ?? 1;', at: [1, 8, 11], allowed: 'var v = data.a || 1;' },
  { rule: 'no-logical-assignment', refused: 'data.a ||= 1;', at: [1, 0, 12], allowed: 'data.a = data.a || 1;' },
  { rule: 'no-exponent', refused: 'var v = data.a ** 2;', at: [1, 8, 11], allowed: "const Math = require('Math');\nvar v = Math.pow(data.a, 2);" },
  { rule: 'no-void', refused: 'var v = void 0;', at: [1, 8, 6], allowed: 'var v = undefined;' },
  { rule: 'no-label', refused: 'outer: for (;;) { break outer; }', at: [1, 0, 32], allowed: 'for (;;) { break; }' },
  { rule: 'no-with', refused: 'with (data) { data.gtmOnSuccess(); }', at: [1, 0, 36], allowed: 'data.gtmOnSuccess();' },
  { rule: 'no-debugger', refused: 'debugger;', at: [1, 0, 9], allowed: ';' },
  { rule: 'no-bitwise-unverified', refused: 'var v = data.a & 1;', at: [1, 8, 10], allowed: 'var v = data.a | 1;' },
  { rule: 'no-do-while', refused: 'do { data.n--; } while (data.n > 0);', at: [1, 0, 36], allowed: 'while (data.n > 0) { data.n--; }' },
  { rule: 'no-comma-operator', refused: 'var v = (data.a, data.b);', at: [1, 9, 14], allowed: 'var v = data.b;' },
  { rule: 'no-object-literal-shorthand', refused: 'var a = 1;\nvar o = { a };', at: [2, 10, 1], allowed: 'var a = 1;\nvar o = { a: a };' },
  { rule: 'no-computed-key', refused: "var k = 'a';\nvar o = { [k]: 1 };", at: [2, 10, 6], allowed: "var k = 'a';\nvar o = {};\no[k] = 1;" },
  { rule: 'no-modern-number-literal', refused: 'var v = 1_000;', at: [1, 8, 5], allowed: 'var v = 1000;' },
  { rule: 'no-module-syntax', refused: "var m = import('x');", at: [1, 8, 11], allowed: "var m = require('JSON');" },
  { rule: 'no-meta-property', refused: 'function F() { return new.target; }', at: [1, 22, 10], allowed: 'function F() { return undefined; }' },
  { rule: 'unknown-global', refused: 'window.x = 1;', at: [1, 0, 6], allowed: "const setInWindow = require('setInWindow');\nsetInWindow('x', 1);" },
  { rule: 'method-not-in-standard-library', refused: 'var n = data.s.charCodeAt(0);', at: [1, 8, 17], allowed: 'var n = data.s.charAt(0);' },
  { rule: 'require-literal-argument', refused: "var name = 'sendPixel';\nvar api = require(name);", at: [2, 10, 13], allowed: "var name = 'sendPixel';\nvar api = require('sendPixel');" },
  { rule: 'require-unknown-api', refused: "var api = require('notAnApi');", at: [1, 10, 19], allowed: "var api = require('sendPixel');" },
  { rule: 'no-promise-on-web', refused: "const Promise = require('Promise');", at: [1, 16, 18], allowed: "const Promise = require('Promise');", allowedContext: 'server' },
];
