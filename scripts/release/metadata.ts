/**
 * The Community Template Gallery's `metadata.yaml` (research/gtm-sandbox.md §5): `homepage`, `documentation`, and
 * `versions`, newest first, each the full SHA of a commit holding that `template.tpl` and its change notes. The
 * gallery serves the `template.tpl` of the first listed commit, so a wrong SHA or order publishes the wrong file:
 * every rule below is checked against the repository's own history.
 */
import { isDocument, isSeq, parse, parseDocument, Scalar } from 'yaml';
import { fileAt, isAncestor, isCommit } from './git.ts';

export interface Version {
  sha: string;
  changeNotes: string;
}

export interface Metadata {
  homepage?: string;
  documentation?: string;
  versions: Version[];
}

export type Parsed = { ok: true; value: Metadata } | { ok: false; errors: string[] };

const fullSha = /^[0-9a-f]{40}$/;
const httpsUrl = /^https:\/\/[^\s/]+(\/\S*)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the file's shape; `file` names it in every error. */
export function parseMetadata(text: string, file: string): Parsed {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`] };
  }
  if (!isRecord(data)) return { ok: false, errors: [`${file}: must be a mapping with homepage, documentation, versions`] };
  const errors: string[] = [];
  const metadata: Metadata = { versions: [] };
  for (const key of ['homepage', 'documentation'] as const) {
    const value = data[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !httpsUrl.test(value)) errors.push(`${file}: ${key} must be an https URL, got ${JSON.stringify(value)}`);
    else metadata[key] = value;
  }
  for (const key of Object.keys(data)) {
    if (!['homepage', 'documentation', 'versions'].includes(key)) errors.push(`${file}: unknown key "${key}"`);
  }
  const versions = data['versions'];
  if (versions === null || versions === undefined) errors.push(`${file}: versions is missing`);
  else if (!Array.isArray(versions)) errors.push(`${file}: versions must be a list`);
  else {
    versions.forEach((entry: unknown, i) => {
      const where = `${file}: versions[${i}]`;
      if (!isRecord(entry)) return errors.push(`${where} must be a mapping with sha and changeNotes`);
      const { sha, changeNotes } = entry;
      if (typeof sha !== 'string' || !fullSha.test(sha)) {
        return errors.push(`${where}.sha must be a full 40-character lower-case commit SHA, got ${JSON.stringify(sha)}`);
      }
      if (typeof changeNotes !== 'string' || changeNotes.trim() === '') return errors.push(`${where}.changeNotes must be non-empty text`);
      metadata.versions.push({ sha, changeNotes });
      return undefined;
    });
  }
  return errors.length === 0 ? { ok: true, value: metadata } : { ok: false, errors };
}

/**
 * The versions against the history of the repository in `cwd`: each SHA a commit that holds `tplPath`, listed once,
 * newest first (each an ancestor of the one above it).
 */
export async function checkVersions(metadata: Metadata, options: { cwd: string; tplPath: string; file: string }): Promise<string[]> {
  const { cwd, tplPath, file } = options;
  const errors: string[] = [];
  const seen = new Set<string>();
  const valid: string[] = [];
  for (const [i, { sha }] of metadata.versions.entries()) {
    const where = `${file}: versions[${i}] ${sha}`;
    if (seen.has(sha)) {
      errors.push(`${where} is listed twice`);
      continue;
    }
    seen.add(sha);
    if (!(await isCommit(cwd, sha))) {
      errors.push(`${where} is not a commit of this repository`);
      continue;
    }
    if ((await fileAt(cwd, sha, tplPath)) === undefined) {
      errors.push(`${where} has no ${tplPath}`);
      continue;
    }
    valid.push(sha);
  }
  for (let i = 0; i + 1 < valid.length; i++) {
    const [newer, older] = [valid[i] as string, valid[i + 1] as string];
    if (!(await isAncestor(cwd, older, newer))) {
      errors.push(`${file}: versions are not newest first: ${older} is listed below ${newer} but is not its ancestor`);
    }
  }
  return errors;
}

/** The text with `version` as the first entry of `versions`; comments and the other entries stay as they were. */
export function insertVersion(text: string, version: Version): string {
  const document = parseDocument(text);
  if (!isDocument(document)) throw new Error('metadata: not a YAML document');
  let versions = document.get('versions', true);
  if (!isSeq(versions)) {
    document.set('versions', document.createNode([]));
    versions = document.get('versions', true);
  }
  if (!isSeq(versions)) throw new Error('metadata: versions is not a list');
  const notes = new Scalar(version.changeNotes.replace(/\s+$/, '') + '\n');
  notes.type = Scalar.BLOCK_LITERAL;
  const entry = document.createNode({ sha: version.sha, changeNotes: notes });
  versions.flow = false;
  versions.items.unshift(entry);
  return document.toString({ lineWidth: 0 });
}
