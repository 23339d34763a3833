import type { AnyNode } from 'acorn';
import { docs, type Rule } from '../rule.ts';

function isAsyncFunction(node: AnyNode): boolean {
  return (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') && node.async;
}

export const noAsync: Rule = {
  name: 'no-async',
  message: '`async`/`await` is ES2017 and not among the ES6 features GTM\'s sandbox lists; chain `.then()` on server promises.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'AwaitExpression', 'ForOfStatement'],
  check: (node, { ancestors }) => {
    if (isAsyncFunction(node)) return [{ node, text: "`async` function is not allowed in GTM's sandbox; return a promise and chain `.then()` (server only)" }];
    if (node.type === 'AwaitExpression' && !ancestors.some(isAsyncFunction)) return [{ node, text: "`await` is not allowed in GTM's sandbox; chain `.then()` (server only)" }];
    if (node.type === 'ForOfStatement' && node.await) return [{ node, text: "`for await` is not allowed in GTM's sandbox; chain `.then()` (server only)" }];
    return [];
  },
};
