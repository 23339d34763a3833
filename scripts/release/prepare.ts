/**
 * The release step for one gallery package (a `metadata.yaml` and its `template.tpl`): validate what is listed,
 * then prepare the next `versions` entry for HEAD, with notes from the CHANGELOG's newest section or from the
 * subjects of the commits that changed the template since the newest listed version.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkGalleryInfo } from './gallery-info.ts';
import { fileAt, git } from './git.ts';
import { checkVersions, insertVersion, parseMetadata, type Version } from './metadata.ts';

export interface Package {
  /** Paths relative to the repository root. */
  metadataPath: string;
  tplPath: string;
}

/** The two packages of this repository: the web tag at the root (where the gallery reads it), the client beside it. */
export const packages = {
  web: { metadataPath: 'metadata.yaml', tplPath: 'template.tpl' },
  server: { metadataPath: 'server-client/metadata.yaml', tplPath: 'server-client/template.tpl' },
} as const satisfies Record<string, Package>;

export type NotesSource = 'changelog' | 'git';

export interface PrepareOptions {
  cwd: string;
  pkg: Package;
  notesFrom: NotesSource;
  changelogPath?: string;
}

export type Prepared =
  | { ok: true; value: { entry: Version; metadataText: string } }
  | { ok: false; errors: string[] };

/** Errors in the listed versions and in the template the gallery would serve; empty when all is well. */
export async function validatePackage(cwd: string, pkg: Package): Promise<string[]> {
  const text = await readFile(path.join(cwd, pkg.metadataPath), 'utf8').catch(() => undefined);
  if (text === undefined) return [`${pkg.metadataPath}: missing`];
  const parsed = parseMetadata(text, pkg.metadataPath);
  if (!parsed.ok) return parsed.errors;
  const errors = await checkVersions(parsed.value, { cwd, tplPath: pkg.tplPath, file: pkg.metadataPath });
  if (parsed.value.versions.length === 0) errors.push(`${pkg.metadataPath}: no versions listed yet`);
  const newest = parsed.value.versions[0];
  if (newest !== undefined && errors.length === 0) {
    const served = await fileAt(cwd, newest.sha, pkg.tplPath);
    if (served !== undefined) errors.push(...checkGalleryInfo(served, `${pkg.tplPath} at ${newest.sha.slice(0, 12)}`));
  }
  return errors;
}

/** The text of a CHANGELOG's newest section (after its first `## ` heading, up to the next one). */
export function newestChangelogSection(text: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## '));
  if (start === -1) return undefined;
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const body = lines.slice(start + 1, next === -1 ? undefined : next).join('\n').trim();
  return body === '' ? undefined : body;
}

async function notesFromGit(cwd: string, tplPath: string, since: string | undefined): Promise<string[] | string> {
  const range = since === undefined ? ['HEAD'] : [`${since}..HEAD`];
  const log = await git(cwd, ['log', '--format=%s', ...range, '--', tplPath]);
  if (!log.ok) return log.error.message;
  return log.value === '' ? [] : log.value.split('\n').map((s) => `- ${s}`);
}

/** Validates the package's metadata, then returns the entry for HEAD and the metadata text with it on top. */
export async function prepareRelease(options: PrepareOptions): Promise<Prepared> {
  const { cwd, pkg } = options;
  const metadataText = await readFile(path.join(cwd, pkg.metadataPath), 'utf8').catch(() => undefined);
  if (metadataText === undefined) return { ok: false, errors: [`${pkg.metadataPath}: missing`] };
  const parsed = parseMetadata(metadataText, pkg.metadataPath);
  if (!parsed.ok) return parsed;
  const errors = await checkVersions(parsed.value, { cwd, tplPath: pkg.tplPath, file: pkg.metadataPath });
  if (errors.length > 0) return { ok: false, errors };

  const head = await git(cwd, ['rev-parse', 'HEAD']);
  if (!head.ok) return { ok: false, errors: [head.error.message] };
  const sha = head.value;
  const status = await git(cwd, ['status', '--porcelain', '--', pkg.tplPath]);
  if (!status.ok) return { ok: false, errors: [status.error.message] };
  if (status.value !== '') return { ok: false, errors: [`${pkg.tplPath} has uncommitted changes: commit it first, the entry names HEAD`] };
  const template = await fileAt(cwd, sha, pkg.tplPath);
  if (template === undefined) return { ok: false, errors: [`HEAD ${sha} has no ${pkg.tplPath}`] };
  const infoErrors = checkGalleryInfo(template, pkg.tplPath);
  if (infoErrors.length > 0) return { ok: false, errors: infoErrors };

  const newest = parsed.value.versions[0];
  if (newest !== undefined) {
    if (newest.sha === sha) return { ok: false, errors: [`HEAD ${sha} is already the newest version in ${pkg.metadataPath}`] };
    if ((await fileAt(cwd, newest.sha, pkg.tplPath)) === template) {
      return { ok: false, errors: [`${pkg.tplPath} is unchanged since ${newest.sha}: nothing to release`] };
    }
  }

  let changeNotes: string;
  if (options.notesFrom === 'changelog') {
    const changelogPath = options.changelogPath ?? 'CHANGELOG.md';
    const changelog = await readFile(path.join(cwd, changelogPath), 'utf8').catch(() => undefined);
    const section = changelog === undefined ? undefined : newestChangelogSection(changelog);
    if (section === undefined) return { ok: false, errors: [`${changelogPath}: no "## " section to take the notes from`] };
    changeNotes = section;
  } else {
    const lines = await notesFromGit(cwd, pkg.tplPath, newest?.sha);
    if (typeof lines === 'string') return { ok: false, errors: [lines] };
    if (lines.length === 0) return { ok: false, errors: [`no commit changed ${pkg.tplPath} since ${newest?.sha ?? 'the first commit'}`] };
    changeNotes = lines.join('\n');
  }
  const entry = { sha, changeNotes };
  return { ok: true, value: { entry, metadataText: insertVersion(metadataText, entry) } };
}
