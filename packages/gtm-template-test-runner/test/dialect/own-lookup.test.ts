/**
 * Names that `Object.prototype` has must not be answered by it: every table of the dialect is looked up by own
 * property (`own.ts`). Each name is tried as a global, as a method of an evident Array, of a value of unknown type and
 * of an API object, and as an API name.
 */
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { validateSandboxCode } from '../../src/dialect/validate.ts';
import { formatDiagnostic } from '../../src/diagnostics.ts';

const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;
type Name = (typeof names)[number];

const says = test.macro({
  exec(t: ExecutionContext, code: string, expected: string[]) {
    for (const mode of ['documented', 'observed'] as const) {
      const found = validateSandboxCode(code, { file: 'p.js', context: 'web', role: 'template', mode }).map(formatDiagnostic);
      t.deepEqual(found, mode === 'observed' && code === 'var v = data.x.hasOwnProperty();' ? [] : expected, mode);
    }
  },
  title: (_provided, code: string) => `own lookups - ${code.replace(/\n/g, ' ')}`,
});

const arrayMembers = 'concat, every, filter, forEach, indexOf, join, lastIndexOf, map, pop, push, reduce, reduceRight, reverse, shift, slice, some, sort, splice, toString, unshift, length';
// A Map, not an object literal: this test would otherwise have the very bug it looks for.
const missingAdvice = new Map<Name, string>([
  ['hasOwnProperty', 'use `Object.keys(o).indexOf(k) !== -1` or `o[k] !== undefined`'],
  ['valueOf', 'use the value itself'],
]);

for (const name of names) {
  const advice = missingAdvice.get(name);
  test(says, `var v = ${name};`, [`p.js:1:9: error: [unknown-global] \`${name}\` is not a global in GTM's sandbox; declare it in the template`]);
  test(says, `${name}();`, [`p.js:1:1: error: [unknown-global] \`${name}\` is not a global in GTM's sandbox; declare it in the template`]);
  test(says, `var v = [1].${name}();`, name === 'toString' ? [] : [
    `p.js:1:9: error: [method-not-in-standard-library] \`[…].${name}()\` is not in GTM's standard library (Array); ${advice ?? `use one of ${arrayMembers}`}`,
  ]);
  test(says, `var v = data.x.${name}();`, advice === undefined ? [] : [
    `p.js:1:9: error: [method-not-in-standard-library] \`data.x.${name}()\` is not in GTM's standard library; ${advice}`,
  ]);
  test(says, `const JSON = require('JSON');\nvar v = JSON.${name}();`, [
    `p.js:2:9: error: [method-not-in-standard-library] \`JSON.${name}()\` is not in GTM's \`JSON\` API; ${advice ?? 'use one of parse, stringify'}`,
  ]);
  test(says, `const c = require('${name}');\nvar v = c.x();`, [
    `p.js:1:11: error: [require-unknown-api] \`require('${name}')\`: '${name}' is not a GTM web API; see https://developers.google.com/tag-platform/tag-manager/templates/api`,
  ]);
}
