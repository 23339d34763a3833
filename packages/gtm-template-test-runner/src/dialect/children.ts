/**
 * The child nodes of any ESTree node, found generically (every property holding a node or an array of nodes), so
 * no child is skipped because a handler forgot it; which node types are allowed is decided by `node-table.ts`.
 */
import type { AnyNode } from 'acorn';

// Comments attached by printers or parsers (`leadingComments`…) are not syntax.
const notChildren = new Set(['type', 'loc', 'start', 'end', 'range', 'comments', 'leadingComments', 'trailingComments']);

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function childrenOf(node: AnyNode): [string, AnyNode][] {
  const out: [string, AnyNode][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (notChildren.has(key)) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push([key, item]);
    } else if (isNode(value)) {
      out.push([key, value]);
    }
  }
  return out;
}
