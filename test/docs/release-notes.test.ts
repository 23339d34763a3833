/**
 * The release step (`npm run release-notes`) against temporary git repositories made here: no network, fixed
 * author and dates, so every SHA is a real commit of a history the test wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { parse } from 'yaml';
import { checkGalleryInfo } from '../../scripts/release/gallery-info.ts';
import { checkVersions, insertVersion, parseMetadata } from '../../scripts/release/metadata.ts';
import { newestChangelogSection, packages, prepareRelease, validatePackage } from '../../scripts/release/prepare.ts';
import { releaseNotes } from '../../scripts/release-notes.ts';

const root = path.resolve(import.meta.dirname, '../..');
const realTpl = await readFile(path.join(root, 'template.tpl'), 'utf8');
/** A valid template whose text differs per release: the real one with its notes section changed. */
const tplOf = (release: string): string => realTpl.replace('___NOTES___\n\n', `___NOTES___\n\nRelease ${release}.\n`);

let commits = 0;
function gitIn(dir: string, args: string[]): string {
  // Fixed identity and clock: the repository is the same on every run.
  const date = `2026-01-01T00:00:${String(commits).padStart(2, '0')}Z`;
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.test', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
}

interface Repo {
  dir: string;
  commit(files: Record<string, string>, subject: string): Promise<string>;
}

async function makeRepo(): Promise<Repo> {
  const dir = await mkdtemp(path.join(tmpdir(), 'release-notes-'));
  gitIn(dir, ['init', '-q', '-b', 'main']);
  return {
    dir,
    async commit(files, subject) {
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
      gitIn(dir, ['add', '-A']);
      commits++;
      gitIn(dir, ['commit', '-q', '-m', subject]);
      return gitIn(dir, ['rev-parse', 'HEAD']);
    },
  };
}

const header = 'homepage: "https://github.com/o/r"\ndocumentation: "https://github.com/o/r#readme"\n';
const metadataWith = (versions: { sha: string; changeNotes: string }[]): string =>
  `# kept comment\n${header}versions:\n${versions.length === 0 ? '  []\n' : versions.map((v) => `  - sha: ${v.sha}\n    changeNotes: ${JSON.stringify(v.changeNotes)}\n`).join('')}`;

const changelog = '# Changelog\n\n## 1.1.0\n\nFixed the survey flag.\n\n## 1.0.0\n\nFirst.\n';

const rejects = test.macro({
  exec(t, text: string, expected: string[]) {
    t.deepEqual(parseMetadata(text, 'metadata.yaml'), { ok: false, errors: expected });
  },
  title: (provided = '') => `parseMetadata - ${provided}`,
});

const sha = 'a'.repeat(40);
test('a short sha', rejects, `${header}versions:\n  - sha: abc1234\n    changeNotes: x\n`, [
  'metadata.yaml: versions[0].sha must be a full 40-character lower-case commit SHA, got "abc1234"',
]);
test('an http homepage', rejects, `homepage: "http://x.example"\nversions:\n  - sha: ${sha}\n    changeNotes: x\n`, [
  'metadata.yaml: homepage must be an https URL, got "http://x.example"',
]);
test('an unknown key', rejects, `${header}version: 1\nversions: []\n`, ['metadata.yaml: unknown key "version"']);
test('versions not a list', rejects, `${header}versions: 3\n`, ['metadata.yaml: versions must be a list']);
test('no versions key', rejects, header, ['metadata.yaml: versions is missing']);
test('empty change notes', rejects, `${header}versions:\n  - sha: ${sha}\n    changeNotes: "  "\n`, [
  'metadata.yaml: versions[0].changeNotes must be non-empty text',
]);
test('not YAML', rejects, 'versions: [\n', [
  'metadata.yaml: not YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:',
]);

test('parseMetadata - a valid file', (t) => {
  t.deepEqual(parseMetadata(`${header}versions:\n  - sha: ${sha}\n    changeNotes: |\n      Two\n      lines\n`, 'm'), {
    ok: true,
    value: { homepage: 'https://github.com/o/r', documentation: 'https://github.com/o/r#readme', versions: [{ sha, changeNotes: 'Two\nlines\n' }] },
  });
});

test('checkVersions - SHAs that are not commits, lack the template, repeat or are out of order', async (t) => {
  const repo = await makeRepo();
  t.teardown(() => rm(repo.dir, { recursive: true, force: true }));
  const noTpl = await repo.commit({ 'README.md': 'x\n' }, 'readme');
  const first = await repo.commit({ 'template.tpl': tplOf('1') }, 'first');
  const second = await repo.commit({ 'template.tpl': tplOf('2') }, 'second');
  const options = { cwd: repo.dir, tplPath: 'template.tpl', file: 'metadata.yaml' };
  const v = (s: string) => ({ sha: s, changeNotes: 'n' });
  t.deepEqual(await checkVersions({ versions: [v(second), v(first)] }, options), []);
  t.deepEqual(await checkVersions({ versions: [v(first), v(second)] }, options), [
    `metadata.yaml: versions are not newest first: ${second} is listed below ${first} but is not its ancestor`,
  ]);
  t.deepEqual(await checkVersions({ versions: [v(second), v(second), v(noTpl), v('b'.repeat(40))] }, options), [
    `metadata.yaml: versions[1] ${second} is listed twice`,
    `metadata.yaml: versions[2] ${noTpl} has no template.tpl`,
    `metadata.yaml: versions[3] ${'b'.repeat(40)} is not a commit of this repository`,
  ]);
});

test('prepareRelease - notes from the newest CHANGELOG section, entry on top, comments kept', async (t) => {
  const repo = await makeRepo();
  t.teardown(() => rm(repo.dir, { recursive: true, force: true }));
  const first = await repo.commit({ 'template.tpl': tplOf('1'), 'CHANGELOG.md': changelog }, 'first');
  await repo.commit({ 'metadata.yaml': metadataWith([{ sha: first, changeNotes: 'First.' }]) }, 'metadata');
  const head = await repo.commit({ 'template.tpl': tplOf('2') }, 'survey flag');
  const prepared = await prepareRelease({ cwd: repo.dir, pkg: packages.web, notesFrom: 'changelog' });
  if (!prepared.ok) return t.fail(prepared.errors.join('\n'));
  t.deepEqual(prepared.value.entry, { sha: head, changeNotes: 'Fixed the survey flag.' });
  const text = prepared.value.metadataText;
  t.true(text.startsWith('# kept comment\n'));
  t.deepEqual(parse(text), {
    homepage: 'https://github.com/o/r',
    documentation: 'https://github.com/o/r#readme',
    versions: [
      { sha: head, changeNotes: 'Fixed the survey flag.\n' },
      { sha: first, changeNotes: 'First.' },
    ],
  });
  await writeFile(path.join(repo.dir, 'metadata.yaml'), text);
  t.deepEqual(await validatePackage(repo.dir, packages.web), []);
  return undefined;
});

test('prepareRelease - notes from the subjects of the commits that changed the template since the last version', async (t) => {
  const repo = await makeRepo();
  t.teardown(() => rm(repo.dir, { recursive: true, force: true }));
  const first = await repo.commit({ 'template.tpl': tplOf('1') }, 'first');
  await repo.commit({ 'metadata.yaml': metadataWith([{ sha: first, changeNotes: 'First.' }]) }, 'metadata only');
  await repo.commit({ 'template.tpl': tplOf('2') }, 'web tag: survey flag');
  const head = await repo.commit({ 'template.tpl': tplOf('3') }, 'web tag: cookie lifetime');
  const prepared = await prepareRelease({ cwd: repo.dir, pkg: packages.web, notesFrom: 'git' });
  t.deepEqual(prepared.ok && prepared.value.entry, { sha: head, changeNotes: '- web tag: cookie lifetime\n- web tag: survey flag' });
});

test('prepareRelease - the first entry of an empty list', async (t) => {
  const repo = await makeRepo();
  t.teardown(() => rm(repo.dir, { recursive: true, force: true }));
  const head = await repo.commit({ 'server-client/template.tpl': tplOf('1'), 'server-client/metadata.yaml': metadataWith([]), 'CHANGELOG.md': changelog }, 'first');
  t.deepEqual(await validatePackage(repo.dir, packages.server), ['server-client/metadata.yaml: no versions listed yet']);
  const prepared = await prepareRelease({ cwd: repo.dir, pkg: packages.server, notesFrom: 'changelog' });
  t.deepEqual(prepared.ok && parse(prepared.value.metadataText).versions, [{ sha: head, changeNotes: 'Fixed the survey flag.\n' }]);
});

test('prepareRelease - refuses HEAD already listed, an unchanged template and uncommitted changes', async (t) => {
  const repo = await makeRepo();
  t.teardown(() => rm(repo.dir, { recursive: true, force: true }));
  const first = await repo.commit({ 'template.tpl': tplOf('1'), 'CHANGELOG.md': changelog }, 'first');
  await writeFile(path.join(repo.dir, 'metadata.yaml'), metadataWith([{ sha: first, changeNotes: 'First.' }]));
  const options = { cwd: repo.dir, pkg: packages.web, notesFrom: 'changelog' as const };
  t.deepEqual(await prepareRelease(options), { ok: false, errors: [`HEAD ${first} is already the newest version in metadata.yaml`] });
  await repo.commit({ 'metadata.yaml': metadataWith([{ sha: first, changeNotes: 'First.' }]) }, 'metadata');
  t.deepEqual(await prepareRelease(options), { ok: false, errors: [`template.tpl is unchanged since ${first}: nothing to release`] });
  await writeFile(path.join(repo.dir, 'template.tpl'), tplOf('2'));
  t.deepEqual(await prepareRelease(options), { ok: false, errors: ['template.tpl has uncommitted changes: commit it first, the entry names HEAD'] });
});

test('prepareRelease - refuses a template the gallery would refuse', async (t) => {
  const repo = await makeRepo();
  t.teardown(() => rm(repo.dir, { recursive: true, force: true }));
  const long = 'x'.repeat(201);
  const tpl = realTpl.replace(/"description": "[^"]*"/, `"description": "${long}"`);
  await repo.commit({ 'template.tpl': tpl, 'metadata.yaml': metadataWith([]), 'CHANGELOG.md': changelog }, 'first');
  t.deepEqual(await prepareRelease({ cwd: repo.dir, pkg: packages.web, notesFrom: 'changelog' }), {
    ok: false,
    errors: ['template.tpl: the description has 201 characters, the gallery shows 200'],
  });
});

test('checkGalleryInfo - both built templates pass', async (t) => {
  t.deepEqual(checkGalleryInfo(realTpl, 'template.tpl'), []);
  const client = await readFile(path.join(root, 'server-client/template.tpl'), 'utf8');
  t.deepEqual(checkGalleryInfo(client, 'server-client/template.tpl'), []);
});

test('checkGalleryInfo - no terms, no or unknown categories, an "Official" name', (t) => {
  const tpl = realTpl
    .replace(/^___TERMS_OF_SERVICE___\n[\s\S]*?(?=___INFO___)/, '')
    .replace(/"categories": \[[^\]]*\]/, '"categories": ["ANALYTICS", "TRACKING"]')
    .replace(/"displayName": "[^"]*"/, '"displayName": "Official INFOnline Tag"');
  t.deepEqual(checkGalleryInfo(tpl, 't.tpl'), [
    't.tpl: no ___TERMS_OF_SERVICE___ section: the gallery wants its terms accepted',
    't.tpl: unknown category "TRACKING"',
    't.tpl: "Official" in the name needs the vendor\'s authorisation',
  ]);
  t.deepEqual(checkGalleryInfo(realTpl.replace(/\s*"categories": \[[^\]]*\],/, ''), 't.tpl'), ['t.tpl: ___INFO___ has no categories; the gallery requires them']);
});

test('newestChangelogSection - the text under the first "## " heading', (t) => {
  t.is(newestChangelogSection(changelog), 'Fixed the survey flag.');
  t.is(newestChangelogSection('# Changelog\n\n## 0.1.0\n\n'), undefined);
  t.is(newestChangelogSection('# Changelog\n'), undefined);
});

test('insertVersion - a flow-style empty list becomes a block list with the entry', (t) => {
  const text = insertVersion(`${header}versions: []\n`, { sha, changeNotes: 'One.\nTwo.' });
  t.is(text, `${header}versions:\n  - sha: ${sha}\n    changeNotes: |\n      One.\n      Two.\n`);
});

const cli = test.macro({
  async exec(t, argv: string[], expected: { code: number; out: string[]; err: string[] }) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await releaseNotes(argv, root, (s) => out.push(s), (s) => err.push(s));
    t.deepEqual({ code, out, err }, expected);
  },
  title: (_provided, argv: string[]) => `release-notes - ${argv.join(' ') || 'no arguments'}`,
});

const usage = 'usage: release-notes [--template web|server] [--from changelog|git] [--write | --check]';
test(cli, ['--check'], { code: 0, out: ['metadata.yaml: valid'], err: [] });
test(cli, ['--check', '--template', 'server'], { code: 0, out: ['server-client/metadata.yaml: valid'], err: [] });
test(cli, ['--template', 'client'], { code: 2, out: [], err: [`${usage}\n--template takes web or server, got client`] });
test(cli, ['--write', '--check'], { code: 2, out: [], err: [`${usage}\n--write and --check exclude each other`] });
test(cli, ['--dry-run'], { code: 2, out: [], err: [`${usage}\nunknown argument --dry-run`] });
