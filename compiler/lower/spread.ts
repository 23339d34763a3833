/**
 * Array and object spread -> `concat` and a for…in copy helper:
 *   [a, ...b, c]        becomes  [a].concat(b, [c])
 *   { a: 1, ...o, b }   becomes  objectSpread({ a: 1 }, o, { b: b })
 * `concat` spreads arrays (the sandbox has no other iterables; a string would be added as one element).
 * Spread in call arguments has no sandbox equivalent (no `apply`) and is left for the validator.
 */
import type { ArrayExpression, Expression, ObjectExpression, Property, SpreadElement } from 'acorn';
import { call, identifier, member } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

function arrayOf(elements: (Expression | null)[]): ArrayExpression {
  return { type: 'ArrayExpression', elements, start: 0, end: 0 };
}

function objectOf(properties: Property[]): ObjectExpression {
  return { type: 'ObjectExpression', properties, start: 0, end: 0 };
}

/** Consecutive plain items grouped, spreads kept apart: `[a, ...b, c]` -> `[[a], b, [c]]` (built by `wrap`). */
function groups<T, G>(items: (T | SpreadElement)[], wrap: (plain: T[]) => G, spread: (s: SpreadElement) => G): G[] {
  const out: G[] = [];
  let plain: T[] = [];
  for (const item of items) {
    if (item !== null && typeof item === 'object' && (item as { type?: string }).type === 'SpreadElement') {
      if (plain.length > 0) out.push(wrap(plain));
      plain = [];
      out.push(spread(item as SpreadElement));
    } else {
      plain.push(item as T);
    }
  }
  if (plain.length > 0) out.push(wrap(plain));
  return out;
}

export const spread: Pass = {
  name: 'spread',
  run(program, context) {
    transform(program, {
      leave(node) {
        if (node.type === 'ArrayExpression' && node.elements.some((e) => e?.type === 'SpreadElement')) {
          const parts = groups<Expression | null, Expression>(node.elements, arrayOf, (s) => s.argument);
          const first = node.elements[0]?.type === 'SpreadElement' ? arrayOf([]) : parts.shift();
          return call(member(first ?? arrayOf([]), 'concat'), parts);
        }
        if (node.type === 'ObjectExpression' && node.properties.some((p) => p.type === 'SpreadElement')) {
          const parts = groups<Property, Expression>(node.properties, objectOf, (s) => s.argument);
          // The first argument is the copy's target: always a fresh object literal.
          if (node.properties[0]?.type === 'SpreadElement') parts.unshift(objectOf([]));
          return call(identifier(context.helper('objectSpread')), parts);
        }
        return undefined;
      },
    });
  },
};
