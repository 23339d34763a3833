import { type Rule } from '../rule.ts';

export const noGetterSetter: Rule = {
  name: 'no-getter-setter',
  message: 'Getters and setters in object literals are unknown to GTM\'s sandbox; use plain properties or functions.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (getters/setters in literals: unknown, avoid)' },
  nodeTypes: ['Property'],
  check: (node) =>
    node.type === 'Property' && (node.kind === 'get' || node.kind === 'set')
      ? [{ node, text: `${node.kind === 'get' ? 'getter' : 'setter'} in an object literal is not allowed in GTM's sandbox; use a plain property or a function` }]
      : [],
};
