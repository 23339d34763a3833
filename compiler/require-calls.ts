/**
 * GTM API requires. esbuild would resolve (or shim) every `require('x')` it sees, so the bundler renames the
 * global `require` to `__gtmRequire` (esbuild `define`) and `restoreRequire` names it back after bundling: the
 * output keeps literal `require('apiName')` calls, which is how GTM detects the permissions a template needs.
 */
import type { AnyNode, Pattern, Program, Statement } from 'acorn';
import { requiredApi } from './ast.ts';
import { childSlots, isNode, nodes } from './walk.ts';

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
 * One top-level require per API. Each bundled module requires the APIs it uses, and esbuild renames the clashing
 * names: `const JSON = require('JSON'); … const JSON2 = require('JSON');`. GTM runs a template's top level on
 * every execution (a server client: every request), so each repeated require is work and bytes for nothing.
 * After `hoistRequires`, a later `const X2 = require('api')` is dropped and its references read the first
 * binding `X` of that API instead.
 *
 * Without scope analysis this is only safe when no reference can change binding, so a duplicate is merged only if:
 * - `X` and `X2` are each declared once in the whole program (that top-level require): no parameter, variable,
 *   function, class or catch name `X` in a nested scope can capture a renamed reference, and every identifier
 *   `X2` in a reference position is the top-level one;
 * - neither is ever assigned (esbuild made them `var`; the API must be what both names hold everywhere);
 * - `X2` is not in `keep` (names the entry exports: a test scenario reads setup's exports by name).
 * Otherwise the duplicate stays as it is. Both requires are at the top of the program, before any other code
 * runs, and a require has no effect besides returning the API, so dropping one changes nothing else. The renamed
 * identifiers keep their `loc`, so diagnostics still map to the TypeScript source.
 */
export function mergeDuplicateRequires(program: Program, keep: ReadonlySet<string> = new Set()): void {
  const declared = new Map<string, number>();
  const assigned = new Set<string>();
  for (const node of nodes(program)) {
    for (const name of declaredNames(node)) declared.set(name, (declared.get(name) ?? 0) + 1);
    for (const name of assignedNames(node)) assigned.add(name);
  }
  const mergeable = (name: string): boolean => declared.get(name) === 1 && !assigned.has(name);

  /** API -> the name of its first top-level require, or null when that name may not absorb others. */
  const first = new Map<string, string | null>();
  const renames = new Map<string, string>();
  const body: Statement[] = [];
  let leading = true;
  for (const statement of program.body as Statement[]) {
    leading &&= isRequireDeclaration(statement);
    if (!leading || statement.type !== 'VariableDeclaration') {
      body.push(statement);
      continue;
    }
    statement.declarations = statement.declarations.filter((d) => {
      const api = d.init ? requiredApi(d.init) : undefined;
      if (api === undefined || d.id.type !== 'Identifier') return true;
      const name = d.id.name;
      const target = first.get(api);
      if (target === undefined) {
        first.set(api, mergeable(name) ? name : null);
        return true;
      }
      if (target === null || target === name || !mergeable(name) || keep.has(name)) return true;
      renames.set(name, target);
      return false;
    });
    if (statement.declarations.length > 0) body.push(statement);
  }
  if (renames.size === 0) return;
  program.body = body;
  renameReferences(program, undefined, renames);
}

/** The names a node binds in its scope (or its function's): declarators, functions, parameters, classes, catch. */
function declaredNames(node: AnyNode): string[] {
  switch (node.type) {
    case 'VariableDeclarator':
      return patternNames(node.id);
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return [...(node.type !== 'ArrowFunctionExpression' && node.id ? [node.id.name] : []), ...node.params.flatMap(patternNames)];
    case 'CatchClause':
      return node.param ? patternNames(node.param) : [];
    case 'ClassDeclaration':
    case 'ClassExpression':
      return node.id ? [node.id.name] : [];
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      return [node.local.name];
    default:
      return [];
  }
}

/** The names a node assigns to (`x = …`, `[x] = …`, `x++`, `for (x in …)`). */
function assignedNames(node: AnyNode): string[] {
  switch (node.type) {
    case 'AssignmentExpression':
      return patternNames(node.left);
    case 'UpdateExpression':
      return node.argument.type === 'Identifier' ? [node.argument.name] : [];
    case 'ForInStatement':
    case 'ForOfStatement':
      return node.left.type === 'VariableDeclaration' ? [] : patternNames(node.left);
    default:
      return [];
  }
}

/** The identifiers a pattern binds or assigns; a member target (`o.x = …`) names no variable. */
function patternNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) => patternNames(p.type === 'RestElement' ? p : p.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    default:
      return [];
  }
}

/** Renames identifiers in reference positions (not property names, keys or labels); `{ X2 }` becomes `{ X2: X }`. */
function renameReferences(node: AnyNode, parent: AnyNode | undefined, renames: ReadonlyMap<string, string>): void {
  if (node.type === 'Identifier') {
    const to = renames.get(node.name);
    if (to === undefined || !isReference(node, parent)) return;
    if (parent?.type === 'Property' && parent.shorthand) parent.shorthand = false;
    node.name = to;
    return;
  }
  for (const [holder, key] of childSlots(node)) {
    const child: unknown = Array.isArray(holder) ? holder[key as number] : holder[key as string];
    if (isNode(child)) renameReferences(child, node, renames);
  }
}

function isReference(node: AnyNode, parent: AnyNode | undefined): boolean {
  switch (parent?.type) {
    case 'MemberExpression':
      return parent.computed || parent.property !== node;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.computed || parent.key !== node;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'ExportSpecifier':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ImportAttribute':
      return false;
    default:
      return true;
  }
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
