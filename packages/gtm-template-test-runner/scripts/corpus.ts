/**
 * Fidelity check against a corpus of public templates (kept outside the repository):
 *   npx tsx packages/gtm-template-test-runner/scripts/corpus.ts /work/corpus [--verbose] [--ignore-rule <rule>]...
 * Runs every `*.tpl` of the directory, prints each failing scenario with its message and the pass rate.
 * `--ignore-rule` drops one dialect rule's diagnostics, to measure what a rule costs against real templates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultRuntime, runTemplateTests } from '../src/run.ts';

const [dir, ...flags] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: corpus.ts <corpus-dir> [--verbose] [--ignore-rule <rule>]...\n');
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const ignored = new Set(flags.flatMap((f, i) => (f === '--ignore-rule' && flags[i + 1] !== undefined ? [flags[i + 1] as string] : [])));
const base = await loadDefaultRuntime();
const runtime = { ...base, validate: ((code, options) => base.validate(code, options).filter((d) => !ignored.has(d.rule))) as typeof base.validate };
const files = readdirSync(dir).filter((f) => f.endsWith('.tpl')).sort();
let passed = 0;
let failed = 0;
for (const file of files) {
  const result = await runTemplateTests(readFileSync(join(dir, file), 'utf8'), { fileName: file, runtime });
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
const note = ignored.size > 0 ? ` — ignoring dialect rules ${[...ignored].join(', ')}` : '';
process.stdout.write(`\n${files.length} templates, ${total} scenarios: ${passed} passed, ${failed} failed (${rate.toFixed(1)} %)${note}\n`);
