import type { AnyNode } from 'acorn';
import { docs, refuseAll, type Rule } from '../rule.ts';

function name(node: AnyNode): string {
  return (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.id ? ` \`${node.id.name}\`` : '';
}

export const noClass: Rule = {
  name: 'no-class',
  message: 'Classes need `new` and `this`, which GTM\'s sandbox lacks; use object literals and functions.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['ClassDeclaration', 'ClassExpression'],
  check: refuseAll((node) => `class${name(node)} is not allowed in GTM's sandbox (no \`new\`, no \`this\`); use object literals and functions`),
};
