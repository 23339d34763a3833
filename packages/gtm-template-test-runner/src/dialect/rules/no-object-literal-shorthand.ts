import { docs, type Rule } from '../rule.ts';
import { ancestor, describe } from '../describe.ts';

export const noObjectLiteralShorthand: Rule = {
  name: 'no-object-literal-shorthand',
  message: 'Shorthand properties and methods are ES2015 and not among the ES6 features GTM\'s sandbox lists.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['Property'],
  check: (node, { ancestors }) => {
    // Shorthand inside a destructuring pattern is reported as destructuring.
    if (node.type !== 'Property' || node.kind !== 'init' || ancestor(ancestors)?.type !== 'ObjectExpression') return [];
    const key = describe(node.key);
    if (node.method) return [{ node, text: `method shorthand \`${key}() {}\` is not allowed in GTM's sandbox; write \`${key}: function () {}\`` }];
    if (node.shorthand) return [{ node, text: `shorthand property \`{ ${key} }\` is not allowed in GTM's sandbox; write \`{ ${key}: ${key} }\`` }];
    return [];
  },
};
