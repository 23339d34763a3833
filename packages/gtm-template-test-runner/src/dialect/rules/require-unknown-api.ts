import type { AnyNode } from 'acorn';
import { docs, type Rule, type RuleContext } from '../rule.ts';
import { apiNamesFor } from '../apis.ts';
import { isGlobalRequire } from './require-literal-argument.ts';

/** The literal API name of a global `require('name')` call. */
export function requiredName(node: AnyNode, context: RuleContext): string | undefined {
  if (node.type !== 'CallExpression' || !isGlobalRequire(node.callee, context) || node.arguments.length !== 1) return undefined;
  const [arg] = node.arguments;
  return arg && arg.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}

export const requireUnknownApi: Rule = {
  name: 'require-unknown-api',
  message: 'Only the APIs on Google\'s API page (web or server, as the template\'s context) work with `require()`.',
  source: { kind: 'doc', url: docs.webApi },
  nodeTypes: ['CallExpression'],
  check: (node, context) => {
    const name = requiredName(node, context);
    const { context: where } = context.options;
    if (name === undefined || apiNamesFor(where).includes(name)) return [];
    if (name === 'Promise' && where === 'web') return []; // reported by no-promise-on-web
    const other = where === 'web' ? 'server' : 'web';
    const elsewhere = apiNamesFor(other).includes(name) ? ` (it is a ${other} API)` : '';
    const page = where === 'web' ? docs.webApi : docs.serverApi;
    return [{ node, text: `\`require('${name}')\`: '${name}' is not a GTM ${where} API${elsewhere}; see ${page}` }];
  },
};
