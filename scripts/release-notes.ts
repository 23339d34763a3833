/**
 * `npm run release-notes -- [--template web|server] [--from changelog|git] [--write | --check]`
 *
 * The release step for the Community Template Gallery. It validates `metadata.yaml` (full SHAs that are commits of
 * this repository and hold the template, newest first, the served template's gallery info), then prepares the next
 * `versions` entry for HEAD: notes from the newest CHANGELOG section (default) or from the subjects of the commits
 * that changed the template since the newest listed version. It prints the entry, or with `--write` puts it at the
 * top of `versions`. `--check` only validates. Exit 0 done, 1 invalid or nothing to release, 2 usage.
 * Commit the template first: the entry names HEAD, and the gallery serves the template of the listed commit.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packages, prepareRelease, validatePackage, type NotesSource } from './release/prepare.ts';

const usage = 'usage: release-notes [--template web|server] [--from changelog|git] [--write | --check]';

interface Args {
  template: keyof typeof packages;
  from: NotesSource;
  mode: 'print' | 'write' | 'check';
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { template: 'web', from: 'changelog', mode: 'print' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--write' || arg === '--check') {
      if (args.mode !== 'print') return `${usage}\n--write and --check exclude each other`;
      args.mode = arg === '--write' ? 'write' : 'check';
    } else if (arg === '--template') {
      const value = argv[++i];
      if (value !== 'web' && value !== 'server') return `${usage}\n--template takes web or server, got ${String(value)}`;
      args.template = value;
    } else if (arg === '--from') {
      const value = argv[++i];
      if (value !== 'changelog' && value !== 'git') return `${usage}\n--from takes changelog or git, got ${String(value)}`;
      args.from = value;
    } else {
      return `${usage}\nunknown argument ${String(arg)}`;
    }
  }
  return args;
}

export async function releaseNotes(argv: readonly string[], cwd: string, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(args);
    return 2;
  }
  const pkg = packages[args.template];
  if (args.mode === 'check') {
    const errors = await validatePackage(cwd, pkg);
    for (const e of errors) err(`error: ${e}`);
    if (errors.length === 0) out(`${pkg.metadataPath}: valid`);
    return errors.length === 0 ? 0 : 1;
  }
  const prepared = await prepareRelease({ cwd, pkg, notesFrom: args.from });
  if (!prepared.ok) {
    for (const e of prepared.errors) err(`error: ${e}`);
    return 1;
  }
  const { entry, metadataText } = prepared.value;
  if (args.mode === 'write') {
    await writeFile(path.join(cwd, pkg.metadataPath), metadataText);
    out(`${pkg.metadataPath}: added ${entry.sha} as the newest version; review it, then commit it`);
  } else {
    out(`# next entry for ${pkg.metadataPath} (run with --write to add it)`);
    out(`- sha: ${entry.sha}\n  changeNotes: |\n${entry.changeNotes.split('\n').map((l) => (l === '' ? '' : `    ${l}`)).join('\n')}`);
  }
  return 0;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const code = await releaseNotes(process.argv.slice(2), process.cwd(), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
  process.exitCode = code;
}
