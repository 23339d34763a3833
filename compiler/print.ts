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
};

export function print(program: Program): string {
  return generate(program, { indent: '  ', lineEnd: '\n', generator: generator as typeof GENERATOR });
}
