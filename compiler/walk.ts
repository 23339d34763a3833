/**
 * A generic post-order AST transformer for the lowering passes: children first, then `leave(node, ancestors)`,
 * whose return value (if any) replaces the node in its parent. Children are found generically (every property
 * holding a node or an array of nodes), so no node type is skipped silently; the dialect validator, not this
 * walker, decides what is allowed.
 */
import type { AnyNode } from 'acorn';

export interface Transform {
  /** Called before the children; returning `'skip'` leaves the subtree untouched. */
  enter?(node: AnyNode, ancestors: readonly AnyNode[]): 'skip' | undefined;
  /** Called after the children; a returned node replaces `node`. */
  leave?(node: AnyNode, ancestors: readonly AnyNode[]): AnyNode | undefined;
}

/** Keys that hold data rather than child nodes. */
const dataKeys = new Set(['type', 'start', 'end', 'loc', 'range', 'regex', 'raw', 'bigint']);

export function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Child slots of a node in source order: `[holder, key]` pairs, where holder is the node or an array in it. */
export function childSlots(node: AnyNode): [Record<string, unknown> | unknown[], string | number][] {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (dataKeys.has(key)) continue;
    const value = record[key];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isNode(item)) slots.push([value, index]);
      });
    } else if (isNode(value)) {
      slots.push([record, key]);
    }
  }
  return slots;
}

function read(holder: Record<string, unknown> | unknown[], key: string | number): unknown {
  return Array.isArray(holder) ? holder[key as number] : holder[key as string];
}

function write(holder: Record<string, unknown> | unknown[], key: string | number, value: AnyNode): void {
  if (Array.isArray(holder)) holder[key as number] = value;
  else holder[key as string] = value;
}

export function transform<T extends AnyNode>(root: T, visitor: Transform): T {
  const ancestors: AnyNode[] = [];
  const visit = (node: AnyNode): AnyNode => {
    if (visitor.enter?.(node, ancestors) === 'skip') return node;
    ancestors.push(node);
    for (const [holder, key] of childSlots(node)) {
      const child = read(holder, key);
      if (isNode(child)) write(holder, key, visit(child));
    }
    ancestors.pop();
    return visitor.leave?.(node, ancestors) ?? node;
  };
  return visit(root) as T;
}

/** Every node of a tree, pre-order (for read-only scans such as collecting names). */
export function* nodes(root: AnyNode): Generator<AnyNode> {
  yield root;
  for (const [holder, key] of childSlots(root)) {
    const child = read(holder, key);
    if (isNode(child)) yield* nodes(child);
  }
}
