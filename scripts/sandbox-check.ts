/**
 * `npm run -s sandbox-check -- <file.js> [--server] [--test]`: validates a file of sandbox code with the dialect
 * validator. Prints one `file:line:col: error: [rule] message` per violation; exit 1 on any, 0 when clean, 2 on a
 * usage error. `--rules` prints the rule table as Markdown (the source of docs/sandbox-rules.md).
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { validateSandboxCode } from '../packages/gtm-template-test-runner/src/dialect/validate.ts';
import { rulesMarkdown } from '../packages/gtm-template-test-runner/src/dialect/rules-markdown.ts';

const usage = 'usage: sandbox-check <file.js> [--server] [--test] | sandbox-check --rules';

function main(argv: readonly string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--server', '--test', '--rules'].includes(f));
  if (unknown.length > 0) {
    process.stderr.write(`sandbox-check: unknown option ${unknown.join(', ')}\n${usage}\n`);
    return 2;
  }
  if (flags.has('--rules')) {
    process.stdout.write(rulesMarkdown());
    return 0;
  }
  if (files.length !== 1) {
    process.stderr.write(`sandbox-check: expected one file, got ${files.length}\n${usage}\n`);
    return 2;
  }
  const file = files[0] as string;
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`sandbox-check: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const diagnostics = validateSandboxCode(code, {
    file,
    context: flags.has('--server') ? 'server' : 'web',
    role: flags.has('--test') ? 'test' : 'template',
  });
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  return diagnostics.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
