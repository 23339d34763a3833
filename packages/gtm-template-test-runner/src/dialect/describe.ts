/** Short source-like names of nodes for messages, rendered from the AST (the compiler's lowered AST has no text). */
import type { AnyNode } from 'acorn';

export function describe(node: AnyNode): string {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'Literal':
      return node.raw !== undefined && node.raw.length <= 24 ? node.raw : typeof node.value === 'string' ? "'…'" : '…';
    case 'ArrayExpression':
      return '[…]';
    case 'ObjectExpression':
      return '{…}';
    case 'MemberExpression': {
      const object = describe(node.object);
      if (node.computed) return `${object}[${describe(node.property)}]`;
      return `${object}.${node.property.type === 'Identifier' ? node.property.name : describe(node.property)}`;
    }
    case 'CallExpression':
      return `${describe(node.callee)}(…)`;
    default:
      return '…';
  }
}

/** The ancestor `depth` levels up (1 = parent). */
export function ancestor(ancestors: readonly AnyNode[], depth = 1): AnyNode | undefined {
  return ancestors[ancestors.length - depth];
}
