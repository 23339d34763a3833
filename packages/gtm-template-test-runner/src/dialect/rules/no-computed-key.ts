import { docs, type Rule } from '../rule.ts';
import { ancestor } from '../describe.ts';

export const noComputedKey: Rule = {
  name: 'no-computed-key',
  message: 'Computed keys in object literals are ES2015 and not among the ES6 features GTM\'s sandbox lists.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['Property'],
  check: (node, { ancestors }) =>
    node.type === 'Property' && node.computed && ancestor(ancestors)?.type === 'ObjectExpression'
      ? [{ node, text: "computed key `[…]:` is not allowed in GTM's sandbox; create the object, then assign `o[key] = value`" }]
      : [],
};
