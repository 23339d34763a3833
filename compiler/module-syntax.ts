/**
 * What remains of ES modules after bundling: the entry's own `export { … }` list (template code and test
 * scenarios export nothing the sandbox could use, so it is dropped) and, in a test scenario, the import of the
 * `setup` file, which the bundler leaves external because GTM runs setup before each scenario in the same scope:
 * `import { mockData } from './setup.ts'` is dropped and `mockData` is read as setup's own binding.
 */
import type { ImportDeclaration, Program, Statement } from 'acorn';
import type { Diagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';

export interface StrippedModule {
  diagnostics: Diagnostic[];
  /** Names a test scenario imports from setup: globals of the scenario, as GTM runs setup first. */
  setupNames: string[];
  /** Local names the entry exports (a setup file's bindings, which scenarios read by these names). */
  exported: string[];
}

export function stripModuleSyntax(program: Program, file: string): StrippedModule {
  const diagnostics: Diagnostic[] = [];
  const setupNames: string[] = [];
  const exported: string[] = [];
  const body: Statement[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      for (const s of statement.specifiers) if (s.local.type === 'Identifier') exported.push(s.local.name);
      const declaration = statement.declaration;
      if (declaration?.type === 'VariableDeclaration') {
        for (const d of declaration.declarations) if (d.id.type === 'Identifier') exported.push(d.id.name);
      } else if (declaration?.id) {
        exported.push(declaration.id.name);
      }
      if (declaration) body.push(declaration);
      continue;
    }
    if (statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration') continue;
    if (statement.type === 'ImportDeclaration') {
      diagnostics.push(...checkSetupImport(statement, file));
      for (const specifier of statement.specifiers) setupNames.push(specifier.local.name);
      continue;
    }
    body.push(statement);
  }
  program.body = body;
  return { diagnostics, setupNames, exported };
}

/** Setup bindings must be imported by their own names: they are read as globals of the scenario. */
function checkSetupImport(statement: ImportDeclaration, file: string): Diagnostic[] {
  return statement.specifiers.flatMap((s): Diagnostic[] => {
    const imported = s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' ? s.imported.name : undefined;
    if (imported === s.local.name) return [];
    return [
      {
        rule: 'setup-import',
        text: `import setup bindings by their own names (\`import { ${imported ?? 'name'} } from './setup.ts'\`): GTM runs setup in the scenario's scope`,
        location: s.loc
          ? { file, line: s.loc.start.line, column: s.loc.start.column, length: s.end - s.start, lineText: '' }
          : undefined,
        notes: [],
      },
    ];
  });
}
