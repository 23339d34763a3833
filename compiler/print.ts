/**
 * Printing the lowered program with astring: 2-space indentation, `\n` line ends, no comments, strings in single
 * quotes as hand-written templates have them, numbers in plain decimal. Deterministic: the same AST always prints the same text.
 */
import type { Program } from 'acorn';
import { GENERATOR, generate, type State } from 'astring';

const escapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** A string literal in single quotes; control characters as `\uXXXX`. */
export function singleQuoted(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    out += escapes[ch] ?? (code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch);
  }
  return `${out}'`;
}

type LiteralNode = { value?: unknown; raw?: string; regex?: unknown };
type AnyNode = { type: string };
type IfNode = { test: AnyNode; consequent: AnyNode; alternate?: AnyNode | null };

function write(node: AnyNode, state: State): void {
  (generator as unknown as Record<string, (n: AnyNode, s: State) => void>)[node.type]?.call(generator, node, state);
}

type ArrayNode = { type: 'ArrayExpression'; elements: (AnyNode | null)[] };
type ObjectNode = { type: 'ObjectExpression'; properties: { type: string; key: object; value: object; computed?: boolean; kind?: string; method?: boolean }[] };

/**
 * Objects whose one-line form fits this many characters print on one line, as people write short ones; longer
 * tables (arrays of arrays or objects) print one row per line.
 */
const ONE_LINE = 100;

/** `{ a: 1, b: 'x' }` when every property is a plain `key: value` that prints on one line and the whole fits. */
function oneLineObject(node: ObjectNode): string | undefined {
  const parts: string[] = [];
  for (const property of node.properties) {
    if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) return undefined;
    parts.push(`${print(property.key as Program)}: ${print(property.value as Program)}`);
  }
  const text = parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  return text.length <= ONE_LINE && !text.includes('\n') ? text : undefined;
}

const generator = {
  ...GENERATOR,
  Literal(node: LiteralNode, state: State) {
    if (typeof node.value === 'string') {
      state.write(singleQuoted(node.value));
      return;
    }
    if (typeof node.value === 'number') {
      // esbuild prints 1000 as `1e3`; decimal as written by people (and no `0b`/`1_000` forms).
      state.write(String(node.value));
      return;
    }
    (GENERATOR.Literal as (n: LiteralNode, s: State) => void).call(generator, node, state);
  },
  // `if (a) x();` followed by `else y();` on its own line, as the sources write it: one statement per line.
  IfStatement(node: IfNode, state: State) {
    state.write('if (');
    write(node.test, state);
    state.write(') ');
    write(node.consequent, state);
    if (node.alternate == null) return;
    state.write(node.consequent.type === 'BlockStatement' ? ' else ' : `${state.lineEnd}${state.indent.repeat(state.indentLevel)}else `);
    write(node.alternate, state);
  },
  // A table (an array of arrays or objects) too long for one line: one row per line, as tables are written.
  ArrayExpression(node: ArrayNode, state: State) {
    // The one-line form, measured with astring's own array printing (this one would call itself).
    const oneLine = { ...generator, ArrayExpression: GENERATOR.ArrayExpression } as typeof GENERATOR;
    const line = generate(node as unknown as Program, { indent: '  ', lineEnd: '\n', generator: oneLine });
    const rows = node.elements.every((element) => element !== null && (element.type === 'ArrayExpression' || element.type === 'ObjectExpression'));
    if (line.length <= ONE_LINE || !rows) {
      (GENERATOR.ArrayExpression as (n: ArrayNode, s: State) => void).call(generator, node, state);
      return;
    }
    const indent = state.indent.repeat(state.indentLevel);
    state.indentLevel++;
    state.write('[');
    node.elements.forEach((element, i) => {
      state.write(`${state.lineEnd}${indent}${state.indent}`);
      write(element as AnyNode, state);
      if (i < node.elements.length - 1) state.write(',');
    });
    state.write(`${state.lineEnd}${indent}]`);
    state.indentLevel--;
  },
  ObjectExpression(node: ObjectNode, state: State) {
    const line = oneLineObject(node);
    if (line !== undefined) state.write(line);
    else (GENERATOR.ObjectExpression as (n: ObjectNode, s: State) => void).call(generator, node, state);
  },
};

export function print(program: Program): string {
  return generate(program, { indent: '  ', lineEnd: '\n', generator: generator as typeof GENERATOR });
}
