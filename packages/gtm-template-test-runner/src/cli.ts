/**
 * `gtm-template-test-runner <file.tpl>... [--json] [--filter <substring>]`
 * One line per scenario (`✔`/`✘`, name, failure message), then `N passed, N failed` alone on the last line.
 * Exit 0 only if every scenario passed; 1 if one failed; 2 on usage or file errors.
 */
import { readFileSync } from 'node:fs';
import { runTemplateTests, type RunResult } from './run.ts';

export const usage = 'usage: gtm-template-test-runner <file.tpl>... [--json] [--filter <substring>]';

interface CliArgs {
  files: string[];
  json: boolean;
  filter: string | undefined;
}

export function parseArgs(argv: readonly string[]): { ok: true; value: CliArgs } | { ok: false; message: string } {
  const files: string[] = [];
  let json = false;
  let filter: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--filter') {
      const value = argv[i + 1];
      if (value === undefined) return { ok: false, message: '--filter needs a value' };
      filter = value;
      i += 1;
    } else if (arg.startsWith('--filter=')) filter = arg.slice('--filter='.length);
    else if (arg === '--help' || arg === '-h') return { ok: false, message: usage };
    else if (arg.startsWith('-')) return { ok: false, message: `unknown option: ${arg}` };
    else files.push(arg);
  }
  if (files.length === 0) return { ok: false, message: 'no .tpl file given' };
  return { ok: true, value: { files, json, filter } };
}

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readFile(path: string): string;
}

const nodeIo: CliIo = {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
};

export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(args.message === usage ? usage : `gtm-template-test-runner: ${args.message}\n${usage}`);
    return 2;
  }
  const texts: [string, string][] = [];
  for (const file of args.value.files) {
    try {
      texts.push([file, io.readFile(file)]);
    } catch (error) {
      io.stderr(`gtm-template-test-runner: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  const results: RunResult[] = [];
  for (const [file, text] of texts) {
    results.push(await runTemplateTests(text, { fileName: file, ...(args.value.filter === undefined ? {} : { filter: args.value.filter }) }));
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  if (args.value.json) {
    io.stdout(JSON.stringify({ files: results, passed, failed }, null, 2));
  } else {
    for (const result of results) {
      for (const s of result.scenarios) {
        const where = results.length > 1 ? `${result.file}: ` : '';
        io.stdout(s.passed ? `✔ ${where}${s.name}` : `✘ ${where}${s.name}\n${indent(s.message)}`);
        for (const w of s.warnings) io.stdout(`  warning: ${w}`);
      }
    }
    io.stdout(`${passed} passed, ${failed} failed`);
  }
  return failed === 0 ? 0 : 1;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}
