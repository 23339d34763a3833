/**
 * Runtime helpers esbuild injects. At `target: 'esnext'` it lowers no syntax, so the syntax helpers (`__pow`,
 * `__spreadValues`, `__objRest`, `__async`, `__template` …) never appear; what remains are the module helpers,
 * which need `Object.defineProperty`, getters and CommonJS — nothing the sandbox has. They are avoided rather than
 * lowered: a source that makes esbuild inject one gets one diagnostic naming the cause and the fix, at the place
 * in the TypeScript that uses what the helper built.
 */
import type { Program } from 'acorn';
import type { Diagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { nodes } from './walk.ts';

const namespaceFix =
  'a namespace object (`import * as ns` used as a value, or `export * as ns`), which needs getters; import the names you use (`import { a, b } from …`)';
const commonJsFix = 'a CommonJS module (`module.exports`, `require` of a file); write ES modules (`import`/`export`)';

/** esbuild's runtime helpers (esbuild internal/runtime/runtime.go) and why the source made esbuild add each. */
export const esbuildHelpers: Readonly<Record<string, string>> = {
  __defProp: namespaceFix,
  __export: namespaceFix,
  __reExport: namespaceFix,
  __toCommonJS: namespaceFix,
  __copyProps: namespaceFix,
  __getOwnPropNames: namespaceFix,
  __getOwnPropDesc: namespaceFix,
  __hasOwnProp: namespaceFix,
  __create: commonJsFix,
  __getProtoOf: commonJsFix,
  __commonJS: commonJsFix,
  __toESM: commonJsFix,
  __esm: commonJsFix,
  __require: commonJsFix,
  __name: 'kept function names (`keepNames`)',
  __publicField: 'a class field',
  __pow: 'the `**` operator lowered by esbuild',
  __spreadValues: 'object spread lowered by esbuild',
  __spreadProps: 'object spread lowered by esbuild',
  __objRest: 'object rest lowered by esbuild',
  __async: 'async functions lowered by esbuild',
  __template: 'a tagged template lowered by esbuild',
};

/** One diagnostic per distinct cause among the helpers declared at the top level of esbuild's output. */
export function esbuildHelperDiagnostics(program: Program, file: string): Diagnostic[] {
  const found = new Map<string, string[]>();
  for (const statement of program.body) {
    const names =
      statement.type === 'VariableDeclaration'
        ? statement.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []))
        : statement.type === 'FunctionDeclaration' && statement.id
          ? [statement.id.name]
          : [];
    for (const name of names) {
      const reason = esbuildHelpers[name];
      if (reason !== undefined) found.set(reason, [...(found.get(reason) ?? []), name]);
    }
  }
  if (found.size === 0) return [];
  // A CommonJS module brings the namespace helpers along: one cause, one diagnostic.
  const commonJs = found.get(commonJsFix);
  if (commonJs !== undefined) {
    const all = [...found.values()].flat();
    found.clear();
    found.set(commonJsFix, [...commonJs, ...all.filter((h) => !commonJs.includes(h))]);
  }
  const where = firstUseOfModuleObject(program);
  return [...found].map(([reason, helpers]) => ({
    rule: 'esbuild-helper',
    text: `esbuild had to add ${helpers.map((h) => `\`${h}\``).join(', ')} for ${reason}`,
    location: where
      ? { file, line: where.line, column: where.column, length: where.length, lineText: '' }
      : undefined,
    notes: [],
  }));
}

/** Where the code first reads a module object esbuild built (`lib_exports`, `require_lib`), in esbuild's output. */
function firstUseOfModuleObject(program: Program): { line: number; column: number; length: number } | undefined {
  const moduleObject = /(_exports$|^require_|^init_)/;
  for (const statement of program.body) {
    if (isHelperStatement(statement, moduleObject)) continue;
    for (const node of nodes(statement)) {
      if (node.type === 'Identifier' && moduleObject.test(node.name) && node.loc) {
        return { line: node.loc.start.line, column: node.loc.start.column, length: node.end - node.start };
      }
    }
  }
  return undefined;
}

/** A helper's declaration, a module object's declaration, or a call of a helper: esbuild's, not the author's. */
function isHelperStatement(statement: Program['body'][number], moduleObject: RegExp): boolean {
  if (statement.type === 'VariableDeclaration') {
    return statement.declarations.some(
      (d) => d.id.type === 'Identifier' && (d.id.name in esbuildHelpers || moduleObject.test(d.id.name)),
    );
  }
  if (statement.type === 'FunctionDeclaration') return statement.id !== null && statement.id.name in esbuildHelpers;
  if (statement.type === 'ExpressionStatement' && statement.expression.type === 'CallExpression') {
    const callee = statement.expression.callee;
    return callee.type === 'Identifier' && callee.name in esbuildHelpers;
  }
  return false;
}
