/**
 * What the runtime's passes over sandboxed code (./instrument.ts, ./hoist.ts) need to know of a parsed program:
 * its nodes' children and parents, and its names without scopes: how often each is declared, which are assigned,
 * and where each is referenced.
 */
import type { AnyNode } from './fast-paths.ts';

export const functionTypes = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function childNodes(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const v of value) { if (isNode(v)) out.push(v); }
    else if (isNode(value)) out.push(value);
  }
  return out;
}

/** Every node's parent, the names' declaration counts (`globals` count once each), the assigned names and each name's references. */
export interface Index {
  parent: Map<AnyNode, AnyNode>;
  declarations: Map<string, number>;
  assigned: Set<string>;
  references: Map<string, AnyNode[]>;
}

export function isReference(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (parent === undefined) return true;
  if (parent.type === 'VariableDeclarator' && parent.id === node) return false;
  if (functionTypes.has(parent.type) && (parent.id === node || (parent.params as AnyNode[]).includes(node))) return false;
  if (parent.type === 'MemberExpression' && parent.property === node && parent.computed !== true) return false;
  if (parent.type === 'Property' && parent.key === node && parent.value !== node && parent.computed !== true) return false;
  return true;
}

export function indexProgram(program: AnyNode, globals: readonly string[]): Index {
  const index: Index = { parent: new Map(), declarations: new Map(), assigned: new Set(), references: new Map() };
  const declare = (name: string): void => {
    index.declarations.set(name, (index.declarations.get(name) ?? 0) + 1);
  };
  for (const name of globals) declare(name);
  const visit = (node: AnyNode, parent: AnyNode | undefined): void => {
    if (parent !== undefined) index.parent.set(node, parent);
    if (node.type === 'VariableDeclarator' && (node.id as AnyNode).type === 'Identifier') declare((node.id as AnyNode).name as string);
    if (functionTypes.has(node.type)) {
      const own = node.id as AnyNode | null | undefined;
      if (isNode(own)) declare(own.name as string);
      for (const p of node.params as AnyNode[]) if (p.type === 'Identifier') declare(p.name as string);
    }
    if (node.type === 'AssignmentExpression' && (node.left as AnyNode).type === 'Identifier') index.assigned.add((node.left as AnyNode).name as string);
    if (node.type === 'UpdateExpression' && (node.argument as AnyNode).type === 'Identifier') index.assigned.add((node.argument as AnyNode).name as string);
    if ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && (node.left as AnyNode).type === 'Identifier') index.assigned.add((node.left as AnyNode).name as string);
    if (node.type === 'Identifier' && isReference(node, parent)) {
      const name = node.name as string;
      const list = index.references.get(name);
      if (list === undefined) index.references.set(name, [node]);
      else list.push(node);
    }
    for (const child of childNodes(node)) visit(child, node);
  };
  visit(program, undefined);
  return index;
}

