import { docs, type Rule } from '../rule.ts';

export const noDestructuring: Rule = {
  name: 'no-destructuring',
  message: 'Destructuring is ES2015 and not among the ES6 features GTM\'s sandbox lists; read properties one by one.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['ObjectPattern', 'ArrayPattern'],
  check: (node, { ancestors }) => {
    if (ancestors.some((a) => a.type === 'ObjectPattern' || a.type === 'ArrayPattern')) return [];
    const what = node.type === 'ObjectPattern' ? 'object' : 'array';
    return [{ node, text: `${what} destructuring is not allowed in GTM's sandbox; read each property into its own variable (\`var a = o.a;\`)` }];
  },
};
