import { type Rule } from '../rule.ts';

export const noInstanceof: Rule = {
  name: 'no-instanceof',
  message: '`instanceof` needs constructors, which GTM\'s sandbox lacks; test types with `getType`.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (instanceof: no constructors, 0 uses)' },
  nodeTypes: ['BinaryExpression'],
  check: (node) =>
    node.type === 'BinaryExpression' && node.operator === 'instanceof'
      ? [{ node, text: "`instanceof` is not allowed in GTM's sandbox; test the type with `require('getType')(x) === 'array'` (or 'object', …)" }]
      : [],
};
