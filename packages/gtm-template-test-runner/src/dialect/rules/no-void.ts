import { type Rule } from '../rule.ts';

export const noVoid: Rule = {
  name: 'no-void',
  message: 'The `void` operator is unknown to work in GTM\'s sandbox; use `undefined`.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (void: unknown, 0 uses)' },
  nodeTypes: ['UnaryExpression'],
  check: (node) =>
    node.type === 'UnaryExpression' && node.operator === 'void'
      ? [{ node, text: "`void` is not allowed in GTM's sandbox; use `undefined`" }]
      : [],
};
