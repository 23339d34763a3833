/**
 * The links of the documentation lead somewhere: every relative link of the Markdown files a reader starts from
 * names a file of the repository and, with `#anchor`, a heading of that file (GitHub's heading ids).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';

const root = path.resolve(import.meta.dirname, '../..');

/** GitHub's id for a heading: lower case, punctuation dropped, spaces to hyphens. */
function headingId(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function headingIds(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => headingId(m[1] ?? '')));
}

/** Relative links of a Markdown file (code blocks and inline code left out): `[text](target)`. */
function links(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((t) => !/^[a-z]+:/i.test(t));
}

/** The broken links of one Markdown file (its text, by default read from disk), as `target: why`. */
function brokenLinks(file: string, text = readFileSync(path.join(root, file), 'utf8')): string[] {
  const broken: string[] = [];
  for (const target of links(text)) {
    const [filePart = '', anchor] = target.split('#');
    const resolved = filePart === '' ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), filePart);
    if (!existsSync(resolved)) broken.push(`${target}: no such file`);
    else if (anchor !== undefined && resolved.endsWith('.md') && !headingIds(resolved).has(anchor)) broken.push(`${target}: no such heading`);
  }
  return broken;
}

test('headingId - as GitHub makes them', (t) => {
  t.is(headingId('4. Read the `ct` value'), '4-read-the-ct-value');
  t.is(headingId('5. Permissions, and what to narrow'), '5-permissions-and-what-to-narrow');
  t.is(headingId('"No hit": INFOnline (or my server container) receives nothing'), 'no-hit-infonline-or-my-server-container-receives-nothing');
});

test('brokenLinks - a missing file, a missing heading; code and absolute URLs are not links', (t) => {
  const text = '[a](docs/nope.md) [b](docs/troubleshooting.md#nope) [c](docs/troubleshooting.md#the-consent-cookie) [d](#documentation) [e](https://x.example/y) `[f](g.md)`';
  t.deepEqual(brokenLinks('README.md', text), ['docs/nope.md: no such file', 'docs/troubleshooting.md#nope: no such heading']);
});

const noBrokenLinks = test.macro({
  exec(t, file: string, minimum: number) {
    t.true(links(readFileSync(path.join(root, file), 'utf8')).length >= minimum);
    t.deepEqual(brokenLinks(file), []);
  },
  title: (_provided, file: string) => `links - ${file}: every relative link resolves`,
});

// With the number of links each has at least, so a file whose links the pattern misses does not pass by having none.
for (const [file, minimum] of [
  ['README.md', 20],
  ['docs/troubleshooting.md', 6],
  ['docs/developing.md', 9],
  ['docs/web-template.md', 4],
  ['docs/server-client.md', 2],
  ['docs/performance.md', 1],
  ['packages/gtm-template-test-runner/README.md', 3],
] as const) {
  test(noBrokenLinks, file, minimum);
}
