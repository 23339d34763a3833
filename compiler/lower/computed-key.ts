/**
 * Computed keys in object literals -> a helper that sets one property and returns the object, so the literal
 * stays one expression and keys and values are evaluated in source order:
 *   { a: 1, [k]: v, b: 2 }   becomes   setProperty(setProperty({ a: 1 }, k, v), 'b', 2)
 * Properties before the first computed key stay in the literal.
 */
import type { Expression, ObjectExpression, Property } from 'acorn';
import { call, identifier, literal } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

function keyOf(property: Property): Expression {
  if (property.computed) return property.key;
  if (property.key.type === 'Identifier') return literal(property.key.name);
  return property.key;
}

export const computedKey: Pass = {
  name: 'computed-key',
  run(program, context) {
    transform(program, {
      leave(node) {
        if (node.type !== 'ObjectExpression') return undefined;
        const first = node.properties.findIndex((p) => p.type === 'Property' && p.computed && p.kind === 'init');
        if (first === -1 || node.properties.some((p) => p.type !== 'Property' || p.kind !== 'init')) return undefined;
        const head: ObjectExpression = { ...node, properties: node.properties.slice(0, first) };
        const setProperty = context.helper('setProperty');
        return (node.properties.slice(first) as Property[]).reduce<Expression>(
          (target, p) => call(identifier(setProperty), [target, keyOf(p), p.value]),
          head,
        );
      },
    });
  },
};
