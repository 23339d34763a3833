/**
 * What the lowering passes share: fresh names that collide with nothing in the program, temporaries declared
 * once per function (`var _ref;` at the top of its body), runtime helpers appended once at the end of the
 * program, and hoisted API requires (`const Math = require('Math');`) at its top.
 */
import type { AnyNode, Program, Statement } from 'acorn';
import {
  declarator,
  ensureBlockBody,
  identifier,
  isFunctionNode,
  requireCall,
  requiredApi,
  variableDeclaration,
  type FunctionNode,
} from '../ast.ts';
import { nodes } from '../walk.ts';
import { helperSource, type HelperName } from './helpers.ts';
import { parse } from 'acorn';

export type Scope = FunctionNode | Program;

export interface LowerContext {
  /** A name not used anywhere in the program (nor handed out before), based on `base`. */
  uniqueName(base: string): string;
  /** A temporary `var` in `scope` (declared when the passes finish). */
  temp(scope: Scope, base: string): string;
  /** The name to call a runtime helper by; the helper is appended to the program once. */
  helper(name: HelperName): string;
  /** The name bound to `require(api)` at the top of the program, reusing an existing top-level binding. */
  api(name: string): string;
  /** Adds the declarations the passes asked for (temporaries, requires, helpers) to the program. */
  finish(): void;
}

/** The nearest function (or the program) among `ancestors`, innermost last. */
export function scopeOf(ancestors: readonly AnyNode[], program: Program): Scope {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (node !== undefined && isFunctionNode(node)) return node;
  }
  return program;
}

/** Top-level `const|let|var X = require('api')` bindings of the program: api -> X. */
export function topLevelRequires(program: Program): Map<string, string> {
  const found = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations) {
      const api = d.init ? requiredApi(d.init) : undefined;
      if (api !== undefined && d.id.type === 'Identifier' && !found.has(api)) found.set(api, d.id.name);
    }
  }
  return found;
}

/** `reserved`: names the compiler must not hand out although the program does not use them (setup's names). */
export function createContext(program: Program, reserved: readonly string[] = []): LowerContext {
  const used = new Set<string>(reserved);
  for (const node of nodes(program)) if (node.type === 'Identifier') used.add(node.name);
  const temps = new Map<Scope, string[]>();
  const helpers = new Map<HelperName, string>();
  const apis = topLevelRequires(program);
  const newApis: [string, string][] = [];

  const uniqueName = (base: string): string => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}${n}`;
    used.add(name);
    return name;
  };

  return {
    uniqueName,
    temp(scope, base) {
      const name = uniqueName(base);
      const list = temps.get(scope) ?? [];
      list.push(name);
      temps.set(scope, list);
      return name;
    },
    helper(name) {
      const existing = helpers.get(name);
      if (existing !== undefined) return existing;
      const given = uniqueName(name);
      helpers.set(name, given);
      return given;
    },
    api(name) {
      const existing = apis.get(name);
      if (existing !== undefined) return existing;
      const given = uniqueName(name);
      apis.set(name, given);
      newApis.push([name, given]);
      return given;
    },
    finish() {
      for (const [scope, names] of temps) {
        const declaration = variableDeclaration(
          'var',
          names.map((n) => declarator(identifier(n), null)),
        );
        if (scope.type === 'Program') scope.body.unshift(declaration);
        else ensureBlockBody(scope).body.unshift(declaration);
      }
      const requires: Statement[] = newApis.map(([api, local]) =>
        variableDeclaration('const', [declarator(identifier(local), requireCall(api))]),
      );
      program.body.unshift(...requires);
      const sorted = [...helpers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name, given] of sorted) program.body.push(helperDeclaration(name, given));
      temps.clear();
      helpers.clear();
      newApis.length = 0;
    },
  };
}

/** Parses a helper's source (written in the sandbox dialect) and names it `given`. */
function helperDeclaration(name: HelperName, given: string): Statement {
  const parsed = parse(helperSource[name], { ecmaVersion: 'latest', sourceType: 'script' });
  const [declaration] = parsed.body;
  if (declaration === undefined || declaration.type !== 'FunctionDeclaration' || !declaration.id) {
    throw new Error(`helper ${name}: source must be one function declaration`);
  }
  declaration.id.name = given;
  for (const node of nodes(declaration)) {
    // Positions in the helper's own source mean nothing in the program: fillLocations gives them the program's.
    node.start = 0;
    node.end = 0;
  }
  return declaration;
}
