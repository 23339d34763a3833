/**
 * `compile`: TypeScript -> GTM's sandboxed JavaScript.
 *   1. esbuild bundles the entry and its imports into one script (bundle.ts);
 *   2. acorn parses it; the GTM `require` calls get their name back; module syntax is dropped;
 *   3. one lowering pass per modern feature (lower/), then requires first (one per API), helpers last;
 *   4. the dialect validator checks the lowered AST; its diagnostics are mapped back to the TypeScript source;
 *   5. astring prints the result.
 * The output is deterministic: the same sources give the same bytes.
 */
import { parse, type Program } from 'acorn';
import type { Diagnostic, DiagnosticLocation } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import type { ValidateOptions } from '../packages/gtm-template-test-runner/src/dialect/api.ts';
import { validateProgram } from '../packages/gtm-template-test-runner/src/dialect/validate.ts';
import { bundle, sourceName } from './bundle.ts';
import { esbuildHelperDiagnostics } from './esbuild-helpers.ts';
import { fillLocations, toTypeScript } from './locations.ts';
import { createContext } from './lower/context.ts';
import { passes } from './lower/index.ts';
import { stripModuleSyntax } from './module-syntax.ts';
import { print } from './print.ts';
import { collectRequires, hoistRequires, mergeDuplicateRequires, restoreConst, restoreRequire } from './require-calls.ts';
import { createSourceMapper } from './source-map.ts';
import { nodes } from './walk.ts';
import { declarator, identifier, requiredApi, variableDeclaration } from './ast.ts';

export interface CompileOptions {
  /** Entry file, relative to `root`: `template/main.ts`, `template/tests/logs-site-id.ts`. */
  entry: string;
  /** Which API set and rules apply. */
  context: 'web' | 'server';
  /** `template` for the Code section, `test` for a `___TESTS___` scenario or setup. Default `template`. */
  role?: 'template' | 'test';
  /** Project root; default the current directory. */
  root?: string;
  /** In-memory sources (paths relative to `root`) instead of the file system. */
  files?: Readonly<Record<string, string>>;
  /**
   * Top-level names of the code this code runs after in the same scope (a scenario runs after setup, as one
   * program): the compiler's own names avoid them, and the author's top-level names must not repeat them.
   */
  sharedScope?: readonly string[];
}

export interface CompileResult {
  code: string;
  diagnostics: Diagnostic[];
  /** The GTM APIs the code requires, sorted. */
  requires: string[];
  /** Where each API is first required, in the TypeScript source (for permission diagnostics). */
  requireSites: Map<string, DiagnosticLocation>;
  /** The names the compiled code declares at its top level (what a scenario must not redeclare after setup). */
  declared: string[];
}

/** The file a test scenario imports setup bindings from; GTM runs setup in the scenario's scope. */
export const setupImport = './setup.ts';

export async function compile(options: CompileOptions): Promise<CompileResult> {
  const role = options.role ?? 'template';
  const bundled = await bundle({
    entry: options.entry,
    root: options.root ?? process.cwd(),
    ...(options.files ? { files: options.files } : {}),
    external: role === 'test' ? [setupImport] : [],
  });
  if (!bundled.ok) return { code: '', diagnostics: bundled.diagnostics, requires: [], requireSites: new Map(), declared: [] };

  let program: Program;
  try {
    program = parse(bundled.code, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      locations: true,
      allowReturnOutsideFunction: true,
    });
  } catch (error) {
    return {
      code: '',
      diagnostics: [internalError(`esbuild output does not parse: ${String(error)}`)],
      requires: [],
      requireSites: new Map(),
      declared: [],
    };
  }
  const mapper = createSourceMapper(bundled.map, sourceName);
  const helpers = esbuildHelperDiagnostics(program, options.entry);
  if (helpers.length > 0) {
    const located = helpers.map((d) => toTypeScript(d, mapper));
    return { code: '', diagnostics: located, requires: [], requireSites: new Map(), declared: [] };
  }
  const { diagnostics, setupNames, exported } = stripModuleSyntax(program, options.entry);
  restoreRequire(program);
  const sharedScope = options.sharedScope ?? [];
  diagnostics.push(...sharedScopeCollisions(program, sharedScope, options.entry));
  const context = createContext(program, sharedScope);
  for (const pass of passes) pass.run(program, context);
  context.finish();
  hoistRequires(program);
  mergeDuplicateRequires(program, new Set(exported));
  restoreConst(program);
  fillLocations(program);

  const validation = { file: options.entry, context: options.context, role } as const;
  diagnostics.push(...validateProgram(withSetupBindings(program, setupNames), bundled.code, validation));
  const mapped = diagnostics.map((d) => toTypeScript(d, mapper));
  const code = print(program);
  if (mapped.length === 0) {
    // The printed text is what GTM receives: check it too (a finding here is a compiler bug, not the author's).
    mapped.push(...validatePrinted(code, setupNames, { ...validation, file: `${options.entry} (compiled)` }));
  }
  const requireSites = new Map<string, DiagnosticLocation>();
  for (const node of nodes(program)) {
    const api = requiredApi(node);
    if (api === undefined || requireSites.has(api) || !node.loc) continue;
    const at = mapper.original(node.loc.start.line, node.loc.start.column);
    if (at) requireSites.set(api, { ...at, length: node.end - node.start });
  }
  return { code, diagnostics: mapped, requires: collectRequires(program), requireSites, declared: topLevelNames(program) };
}

/** Names declared at the top level of a program. */
export function topLevelNames(program: Program): string[] {
  const names: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations) if (d.id.type === 'Identifier') names.push(d.id.name);
    } else if (statement.type === 'FunctionDeclaration' && statement.id) {
      names.push(statement.id.name);
    }
  }
  return names;
}

/** An author's top-level name that the shared scope (setup) already declares: one program would declare it twice. */
function sharedScopeCollisions(program: Program, sharedScope: readonly string[], file: string): Diagnostic[] {
  const shared = new Set(sharedScope);
  const diagnostics: Diagnostic[] = [];
  for (const statement of program.body) {
    const declared =
      statement.type === 'VariableDeclaration'
        ? statement.declarations.map((d) => d.id)
        : statement.type === 'FunctionDeclaration' && statement.id
          ? [statement.id]
          : [];
    for (const id of declared) {
      if (id.type !== 'Identifier' || !shared.has(id.name)) continue;
      diagnostics.push({
        rule: 'setup-collision',
        text: `\`${id.name}\` is also declared by setup, and setup and scenario run as one program; import it from '${setupImport}' instead`,
        location: id.loc
          ? { file, line: id.loc.start.line, column: id.loc.start.column, length: id.end - id.start, lineText: '' }
          : undefined,
        notes: [],
      });
    }
  }
  return diagnostics;
}

/** The printed code validated as GTM will read it (a syntax error here is a printer bug). */
function validatePrinted(code: string, setupNames: readonly string[], options: ValidateOptions): Diagnostic[] {
  let printed: Program;
  try {
    printed = parse(code, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowReturnOutsideFunction: true });
  } catch (error) {
    return [internalError(`the printed code does not parse: ${String(error)}`)];
  }
  return validateProgram(withSetupBindings(printed, setupNames), code, options);
}

/** The program as the validator should see it: setup's bindings declared, since GTM runs setup first. */
function withSetupBindings(program: Program, names: readonly string[]): Program {
  if (names.length === 0) return program;
  const declaration = variableDeclaration('let', names.map((n) => declarator(identifier(n), null)));
  return { ...program, body: [declaration, ...program.body] };
}

function internalError(text: string): Diagnostic {
  return { rule: 'internal', text, location: undefined, notes: [] };
}
