/**
 * ES2015 object-literal shorthands -> ES5 properties: `{ a }` becomes `{ a: a }` and a method `{ f() {} }`
 * becomes `{ f: function () {} }` (esbuild prints `{ a: a }` as `{ a }`, so authors meet this even when they
 * wrote the long form). Computed keys and accessors are left for the validator.
 */
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

export const objectLiteral: Pass = {
  name: 'object-literal',
  run(program) {
    transform(program, {
      leave(node, ancestors) {
        if (node.type !== 'Property' || ancestors.at(-1)?.type !== 'ObjectExpression') return undefined;
        if (node.kind !== 'init') return undefined;
        return { ...node, shorthand: false, method: false };
      },
    });
  },
};
