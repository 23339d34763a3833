/**
 * Fidelity check against a corpus of public templates (kept outside the repository):
 *   npx tsx packages/gtm-template-test-runner/scripts/corpus.ts /work/corpus [--verbose]
 * Runs every `*.tpl` of the directory, prints each failing scenario with its message and the pass rate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTemplateTests } from '../src/run.ts';

const [dir, ...flags] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: corpus.ts <corpus-dir> [--verbose]\n');
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const files = readdirSync(dir).filter((f) => f.endsWith('.tpl')).sort();
let passed = 0;
let failed = 0;
for (const file of files) {
  const result = await runTemplateTests(readFileSync(join(dir, file), 'utf8'), { fileName: file });
  passed += result.passed;
  failed += result.failed;
  process.stdout.write(`${result.failed === 0 ? '✔' : '✘'} ${file}: ${result.passed} passed, ${result.failed} failed\n`);
  for (const s of result.scenarios) {
    if (!s.passed) process.stdout.write(`    ✘ ${s.name}\n${s.message.split('\n').map((l) => `        ${l}`).join('\n')}\n`);
    else if (verbose) process.stdout.write(`    ✔ ${s.name}\n`);
  }
}
const total = passed + failed;
const rate = total === 0 ? 0 : (passed / total) * 100;
process.stdout.write(`\n${files.length} templates, ${total} scenarios: ${passed} passed, ${failed} failed (${rate.toFixed(1)} %)\n`);
