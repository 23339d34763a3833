/**
 * Fidelity check against a corpus of public templates (kept outside the repository):
 *   npx tsx packages/gtm-template-test-runner/scripts/corpus.ts /work/corpus [--verbose] [--mode documented|observed]
 *     [--ignore-rule <rule>]...
 * Runs every `*.tpl` of the directory and prints a table (one row per template), each failing scenario with its
 * message, and last `N passed, N failed (P %)`. The validator runs in the runner's `observed` mode unless `--mode`
 * says otherwise; `--ignore-rule` drops one dialect rule's diagnostics, to measure what a rule costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateOptions } from '../src/dialect/api.ts';
import { loadDefaultRuntime, runTemplateTests, type RunResult } from '../src/run.ts';
import { parseTpl } from '../src/tpl/parse.ts';

const usage = 'usage: corpus.ts <corpus-dir> [--verbose] [--mode documented|observed] [--ignore-rule <rule>]...';
const args = process.argv.slice(2);
const positional: string[] = [];
const modes: string[] = [];
const ignored = new Set<string>();
let verbose = false;
let usageError = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === '--verbose') verbose = true;
  else if (arg === '--mode' || arg === '--ignore-rule') {
    const value = args[++i];
    if (value === undefined) usageError = true;
    else if (arg === '--mode') modes.push(value);
    else ignored.add(value);
  } else if (arg.startsWith('--')) usageError = true;
  else positional.push(arg);
}
const [dir] = positional;
const mode = modes[0] ?? 'observed';
if (usageError || dir === undefined || positional.length > 1 || modes.length > 1 || (mode !== 'documented' && mode !== 'observed')) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}

const base = await loadDefaultRuntime();
const runtime = {
  ...base,
  validate: (code: string, options: ValidateOptions) => base.validate(code, { ...options, mode }).filter((d) => !ignored.has(d.rule)),
};

interface Row {
  file: string;
  context: string;
  type: string;
  result: RunResult;
}

const rows: Row[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.tpl')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const parsed = parseTpl(text, file);
  const result = await runTemplateTests(parsed.ok ? parsed.value : text, { fileName: file, runtime });
  rows.push({ file, context: parsed.ok ? parsed.value.context : '?', type: parsed.ok ? parsed.value.info.type : '?', result });
}

const header = ['', 'template', 'context', 'type', 'scenarios', 'passed', 'failed'];
const cells = rows.map((r) => [
  r.result.failed === 0 ? '✔' : '✘',
  r.file,
  r.context,
  r.type,
  String(r.result.scenarios.length),
  String(r.result.passed),
  String(r.result.failed),
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
const numeric = (i: number): boolean => i >= 4;
const line = (c: readonly string[]): string =>
  c.map((text, i) => (numeric(i) ? text.padStart(widths[i] as number) : text.padEnd(widths[i] as number))).join('  ').trimEnd();
const out: string[] = [line(header), ...cells.map(line)];

const failures = rows.flatMap((r) => r.result.scenarios.filter((s) => !s.passed).map((s) => ({ file: r.file, scenario: s })));
if (failures.length > 0) out.push('', 'Failing scenarios:');
for (const { file, scenario } of failures) {
  out.push(`✘ ${file}: ${scenario.name}`, ...scenario.message.split('\n').map((l) => `    ${l}`));
}
if (verbose) {
  out.push('', 'Passing scenarios:');
  for (const r of rows) for (const s of r.result.scenarios.filter((x) => x.passed)) out.push(`✔ ${r.file}: ${s.name}`);
}

const passed = rows.reduce((n, r) => n + r.result.passed, 0);
const failed = rows.reduce((n, r) => n + r.result.failed, 0);
const total = passed + failed;
const rate = total === 0 ? 0 : (passed / total) * 100;
const note = ignored.size > 0 ? `; ignoring dialect rules ${[...ignored].join(', ')}` : '';
out.push('', `${rows.length} templates, ${total} scenarios (validator mode: ${mode}${note})`, `${passed} passed, ${failed} failed (${rate.toFixed(1)} %)`);
process.stdout.write(`${out.join('\n')}\n`);
