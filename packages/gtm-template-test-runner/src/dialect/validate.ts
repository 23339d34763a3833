/**
 * The dialect validator: parses code (acorn) and walks it with the node table, running the rules of each node type.
 * Every problem is a diagnostic; nothing throws, a parse error included. In `observed` mode a finding that its rule's
 * `observed` entry accepts is dropped (`acceptedIn`); `documented` mode, the default, keeps every finding.
 */
import { parse, type AnyNode, type Program } from 'acorn';
import type { Diagnostic, DiagnosticLocation } from '../diagnostics.ts';
import type { ValidateOptions, ValidateSandboxCode } from './api.ts';
import { childrenOf } from './children.ts';
import { nodeTable } from './node-table.ts';
import { acceptedIn, type NodeType, type RuleContext } from './rule.ts';
import { rulesByNodeType } from './rule-table.ts';
import { analyzeScopes } from './scope.ts';

export type { ValidateOptions } from './api.ts';

export const validateSandboxCode: ValidateSandboxCode = (code, options) => {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowReturnOutsideFunction: true });
  } catch (error) {
    return [syntaxDiagnostic(error, code, options)];
  }
  return validateProgram(program, code, options);
};

/** For callers that already hold an acorn AST (the compiler's lowered program, whose nodes keep their `loc`). */
export function validateProgram(program: Program, source: string, options: ValidateOptions): Diagnostic[] {
  const lines = source.split(/\r\n|\r|\n/);
  const scopes = analyzeScopes(program);
  const diagnostics: Diagnostic[] = [];
  const ancestors: AnyNode[] = [];
  const context: RuleContext = { options, ancestors, resolve: (node) => scopes.resolve(node) };

  const visit = (node: AnyNode): void => {
    if (!Object.hasOwn(nodeTable, node.type)) {
      diagnostics.push(diagnostic('unknown-syntax', `syntax \`${node.type}\` is unknown to the dialect validator and refused; rewrite it with ES5 constructs`, node, lines, options));
    }
    for (const rule of rulesByNodeType.get(node.type as NodeType) ?? []) {
      for (const finding of rule.check(node, context)) {
        if (!acceptedIn(options.mode, rule, finding)) diagnostics.push(diagnostic(rule.name, finding.text, finding.node, lines, options));
      }
    }
    ancestors.push(node);
    for (const [, child] of childrenOf(node)) visit(child);
    ancestors.pop();
  };
  visit(program);

  return diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}

function location(node: AnyNode, lines: readonly string[], file: string): DiagnosticLocation | undefined {
  if (!node.loc) return undefined;
  const { start, end } = node.loc;
  const lineText = lines[start.line - 1] ?? '';
  const length = end.line === start.line ? end.column - start.column : Math.max(0, lineText.length - start.column);
  return { file, line: start.line, column: start.column, length: Math.max(0, length), lineText };
}

function diagnostic(rule: string, text: string, node: AnyNode, lines: readonly string[], options: ValidateOptions): Diagnostic {
  return { rule, text, location: location(node, lines, options.file), notes: [] };
}

/** acorn's SyntaxError carries `loc` ({ line, column }) and a message ending in " (line:column)". */
function syntaxDiagnostic(error: unknown, code: string, options: ValidateOptions): Diagnostic {
  const lines = code.split(/\r\n|\r|\n/);
  const loc = typeof error === 'object' && error !== null && 'loc' in error ? (error as { loc: unknown }).loc : undefined;
  const message = error instanceof Error ? error.message.replace(/ \(\d+:\d+\)$/, '') : String(error);
  if (typeof loc === 'object' && loc !== null && 'line' in loc && 'column' in loc) {
    const { line, column } = loc as { line: number; column: number };
    return {
      rule: 'syntax',
      text: `${message} (the code must parse as a function body)`,
      location: { file: options.file, line, column, length: 0, lineText: lines[line - 1] ?? '' },
      notes: [],
    };
  }
  return { rule: 'syntax', text: message, location: undefined, notes: [] };
}
