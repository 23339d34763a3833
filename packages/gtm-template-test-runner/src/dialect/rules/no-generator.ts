import type { AnyNode } from 'acorn';
import { docs, type Rule } from '../rule.ts';

function isGenerator(node: AnyNode): boolean {
  return (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.generator;
}

export const noGenerator: Rule = {
  name: 'no-generator',
  message: 'Generators are ES2015 and not among the ES6 features GTM\'s sandbox lists; use arrays and loops.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['FunctionDeclaration', 'FunctionExpression', 'YieldExpression'],
  check: (node, { ancestors }) => {
    if (isGenerator(node)) return [{ node, text: "generator function `function*` is not allowed in GTM's sandbox; build an array and loop over it" }];
    if (node.type === 'YieldExpression' && !ancestors.some(isGenerator)) return [{ node, text: "`yield` is not allowed in GTM's sandbox" }];
    return [];
  },
};
