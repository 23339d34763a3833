/**
 * `npm run build`: type-check, then compile each template (TypeScript -> sandbox dialect) and write its `.tpl`.
 * Prints per template the code size, fields, permissions and scenarios; on any diagnostic prints
 * `file:line:col: error: [rule] text` and exits 1 without writing that template.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { buildTemplate, templates, type BuiltTemplate } from '../compiler/template.ts';

const root = path.resolve(import.meta.dirname, '..');

/** The sandbox tsconfigs (`tsconfig.sandbox-*.json`) when they exist, else the root `tsconfig.json`. */
export function typecheckConfigs(dir: string): string[] {
  const sandbox = readdirSync(dir).filter((f) => /^tsconfig\.sandbox-.*\.json$/.test(f)).sort();
  return sandbox.length > 0 ? sandbox : ['tsconfig.json'];
}

function typecheck(): boolean {
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  let ok = true;
  for (const config of typecheckConfigs(root)) {
    const result = spawnSync(tsc, ['-p', config], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(`type check failed: tsc -p ${config}\n${result.stdout}${result.stderr}`);
      ok = false;
    }
  }
  return ok;
}

export function summary(built: BuiltTemplate): string {
  const { file } = built;
  const fields = file.parameters.map((f) => (typeof f === 'object' && f !== null && !Array.isArray(f) ? String(f.name) : '?'));
  const permissions = file.permissions.map((p) => p.instance.key.publicId);
  const scenarios = file.tests?.scenarios.map((s) => s.name) ?? [];
  return [
    `${built.spec.output} (${built.spec.context})`,
    `  code:        ${Buffer.byteLength(file.code, 'utf8')} bytes`,
    `  fields:      ${fields.join(', ') || 'none'}`,
    `  requires:    ${built.requires.join(', ') || 'none'}`,
    `  permissions: ${permissions.join(', ') || 'none'}`,
    `  scenarios:   ${scenarios.length}${scenarios.map((s) => `\n    - ${s}`).join('')}`,
  ].join('\n');
}

async function main(): Promise<number> {
  if (!process.argv.includes('--no-typecheck') && !typecheck()) return 1;
  let failed = false;
  for (const spec of templates) {
    if (!existsSync(path.join(root, spec.dir, 'main.ts'))) continue;
    const built = await buildTemplate(spec, root);
    if (built.diagnostics.length > 0) {
      for (const d of built.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      failed = true;
      continue;
    }
    await writeFile(path.join(root, spec.output), built.text);
    process.stdout.write(`${summary(built)}\n`);
  }
  return failed ? 1 : 0;
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('scripts/build.ts')) {
  process.exitCode = await main();
}
