import type { AnyNode } from 'acorn';
import { type Rule, type RuleContext } from '../rule.ts';
import { ancestor } from '../describe.ts';

/** `require` as the global (not a local of that name). */
export function isGlobalRequire(node: AnyNode, context: RuleContext): boolean {
  if (node.type !== 'Identifier' || node.name !== 'require') return false;
  const resolution = context.resolve(node);
  return resolution?.kind === 'global';
}

export const requireLiteralArgument: Rule = {
  name: 'require-literal-argument',
  message: '`require` is called directly with one string literal, so GTM can detect the permissions the code needs.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §3.4 (permissions are detected from the `require` calls) and §8.6 (whether a literal is required is not confirmed)' },
  nodeTypes: ['Identifier', 'CallExpression'],
  check: (node, context) => {
    if (node.type === 'Identifier') {
      if (!isGlobalRequire(node, context)) return [];
      const parent = ancestor(context.ancestors);
      if (parent?.type === 'CallExpression' && parent.callee === node) return [];
      return [{ node, text: "`require` must be called directly, as `require('apiName')`; do not pass it around or rename it" }];
    }
    if (node.type !== 'CallExpression' || !isGlobalRequire(node.callee, context)) return [];
    const [arg] = node.arguments;
    if (node.arguments.length === 1 && arg && arg.type === 'Literal' && typeof arg.value === 'string') return [];
    return [{ node, text: "`require` takes exactly one string literal, the API name (e.g. `require('sendPixel')`); a computed name hides the permission GTM must detect" }];
  },
};
