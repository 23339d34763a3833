/**
 * GTM API requires. esbuild would resolve (or shim) every `require('x')` it sees, so the bundler renames the
 * global `require` to `__gtmRequire` (esbuild `define`) and `restoreRequire` names it back after bundling: the
 * output keeps literal `require('apiName')` calls, which is how GTM detects the permissions a template needs.
 */
import type { Program, Statement } from 'acorn';
import { requiredApi } from './ast.ts';
import { nodes } from './walk.ts';

/** The identifier `require` is replaced with while esbuild bundles. */
export const requireAlias = '__gtmRequire';

export function restoreRequire(program: Program): void {
  for (const node of nodes(program)) {
    if (node.type === 'Identifier' && node.name === requireAlias) node.name = 'require';
  }
}

/** Every API the code requires with a string literal, sorted, without duplicates. */
export function collectRequires(program: Program): string[] {
  const names = new Set<string>();
  for (const node of nodes(program)) {
    const api = requiredApi(node);
    if (api !== undefined) names.add(api);
  }
  return [...names].sort();
}

function isRequireDeclaration(statement: Statement): boolean {
  return (
    statement.type === 'VariableDeclaration' &&
    statement.declarations.every((d) => d.id.type === 'Identifier' && d.init && requiredApi(d.init) !== undefined)
  );
}

/**
 * Moves top-level `const x = require('api')` declarations to the top of the program, in their order:
 * esbuild puts imported modules first, so a template's requires would otherwise sit after its libraries.
 * Safe because a require has no effect besides returning the API.
 */
export function hoistRequires(program: Program): void {
  const body = program.body as Statement[];
  const requires = body.filter(isRequireDeclaration);
  const rest = body.filter((s) => !isRequireDeclaration(s));
  program.body = [...requires, ...rest];
}

/**
 * esbuild turns top-level `const`/`let` into `var` when bundling; a top-level `var` whose names are never
 * assigned again is given back as `const`, so the output reads like the source.
 */
export function restoreConst(program: Program): void {
  const assigned = new Set<string>();
  const declaredTwice = new Set<string>();
  const seen = new Set<string>();
  for (const node of nodes(program)) {
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') assigned.add(node.left.name);
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') assigned.add(node.argument.name);
    if ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && node.left.type === 'Identifier') {
      assigned.add(node.left.name);
    }
  }
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations) {
      if (d.id.type !== 'Identifier') continue;
      if (seen.has(d.id.name)) declaredTwice.add(d.id.name);
      seen.add(d.id.name);
    }
  }
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'var') continue;
    const constant = statement.declarations.every(
      (d) => d.id.type === 'Identifier' && d.init && !assigned.has(d.id.name) && !declaredTwice.has(d.id.name),
    );
    if (constant) statement.kind = 'const';
  }
}
