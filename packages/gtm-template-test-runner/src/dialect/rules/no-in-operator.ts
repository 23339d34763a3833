import { type Rule } from '../rule.ts';

export const noInOperator: Rule = {
  name: 'no-in-operator',
  message: 'The `in` operator is unknown to work in GTM\'s sandbox; compare the property with `undefined`.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (in: unknown, 0 uses)' },
  nodeTypes: ['BinaryExpression'],
  check: (node) =>
    node.type === 'BinaryExpression' && node.operator === 'in'
      ? [{ node, text: "the `in` operator is not allowed in GTM's sandbox; test `o[key] !== undefined` or `Object.keys(o).indexOf(key) !== -1`" }]
      : [],
};
