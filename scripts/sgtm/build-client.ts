/**
 * Builds only the server client's `.tpl` (the same compiler and spec as `npm run build`), for the demo and for
 * working on the client while the web template is mid-change. `npm run build` stays the way to build both.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../../packages/gtm-template-test-runner/src/diagnostics.ts';
import { buildTemplate, templates } from '../../compiler/template.ts';

export const root = path.resolve(import.meta.dirname, '..', '..');

/** Compile server-client/ and write server-client/template.tpl; returns the diagnostics as text lines. */
export async function buildClient(): Promise<string[]> {
  const spec = templates.find((candidate) => candidate.dir === 'server-client');
  if (spec === undefined) return ['the compiler has no template spec for server-client/'];
  const built = await buildTemplate(spec, root);
  if (built.diagnostics.length > 0) return built.diagnostics.map(formatDiagnostic);
  await writeFile(path.join(root, spec.output), built.text);
  return [];
}

if (process.argv[1]?.endsWith('build-client.ts')) {
  const problems = await buildClient();
  for (const line of problems) process.stderr.write(line + '\n');
  if (problems.length === 0) process.stdout.write('server-client/template.tpl written\n');
  process.exitCode = problems.length === 0 ? 0 : 1;
}
