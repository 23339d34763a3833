/**
 * `npm run check:templates`: rebuilds every template into a temporary directory and fails (exit 1) when a
 * committed `.tpl` differs from its rebuild, naming the file and the first differing line. The `.tpl` files are
 * generated; this is how CI proves they were generated from the sources as committed.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDiagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { firstDifference } from '../compiler/first-difference.ts';
import { buildTemplate, templates } from '../compiler/template.ts';

const root = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'check-templates-'));
  let failed = false;
  try {
    for (const spec of templates) {
      const built = await buildTemplate(spec, root);
      if (built.diagnostics.length > 0) {
        for (const d of built.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
        failed = true;
        continue;
      }
      const rebuiltFile = path.join(dir, spec.output);
      await mkdir(path.dirname(rebuiltFile), { recursive: true });
      await writeFile(rebuiltFile, built.text);
      const committed = await readFile(path.join(root, spec.output), 'utf8').catch(() => undefined);
      if (committed === undefined) {
        process.stderr.write(`${spec.output}: missing; run npm run build and commit it\n`);
        failed = true;
        continue;
      }
      const rebuilt = await readFile(rebuiltFile, 'utf8');
      const difference = firstDifference(committed, rebuilt);
      if (difference) {
        process.stderr.write(
          `${spec.output}:${difference.line}: differs from a rebuild of ${spec.dir}/ (run npm run build and commit)\n` +
            `  committed: ${difference.committed}\n  rebuilt:   ${difference.rebuilt}\n`,
        );
        failed = true;
      } else {
        process.stdout.write(`${spec.output}: up to date\n`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
