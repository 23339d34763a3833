import type { AnyNode } from 'acorn';
import { docs, type Rule } from '../rule.ts';
import { ancestor, describe } from '../describe.ts';

function isParamOf(parent: AnyNode | undefined, node: AnyNode): boolean {
  return (
    parent !== undefined &&
    (parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression' || parent.type === 'ArrowFunctionExpression') &&
    (parent.params as AnyNode[]).includes(node)
  );
}

export const noDefaultParameter: Rule = {
  name: 'no-default-parameter',
  message: 'Default parameters are ES2015 and not among the ES6 features GTM\'s sandbox lists; test for `undefined`.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['AssignmentPattern'],
  check: (node, { ancestors }) => {
    // Defaults inside a destructuring pattern are reported as destructuring.
    if (node.type !== 'AssignmentPattern' || !isParamOf(ancestor(ancestors), node)) return [];
    const name = describe(node.left);
    return [{ node, text: `default parameter \`${name} = …\` is not allowed in GTM's sandbox; write \`if (${name} === undefined) ${name} = …;\`` }];
  },
};
