import { docs, type Rule } from '../rule.ts';

export const noSpreadRest: Rule = {
  name: 'no-spread-rest',
  message: 'Spread and rest (`...`) are ES2015+ and not among the ES6 features GTM\'s sandbox lists.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['SpreadElement', 'RestElement'],
  check: (node, { ancestors }) => {
    if (node.type === 'RestElement') {
      if (ancestors.some((a) => a.type === 'ObjectPattern' || a.type === 'ArrayPattern')) return [];
      return [{ node, text: "rest parameter `...` is not allowed in GTM's sandbox; read the extra arguments from `arguments`" }];
    }
    return [{ node, text: "spread `...` is not allowed in GTM's sandbox; use `concat` for arrays, a `for…in` copy for objects, and plain arguments for calls" }];
  },
};
