/**
 * docs/troubleshooting.md quotes the web tag's preview messages; each quote is pinned here to the string pieces the
 * template's code builds it from, so a reworded message in the code fails this test until the page follows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';

const root = path.resolve(import.meta.dirname, '../..');
const page = readFileSync(path.join(root, 'docs/troubleshooting.md'), 'utf8');
const code = [
  ...readdirSync(path.join(root, 'template')).filter((f) => f.endsWith('.ts')).map((f) => path.join('template', f)),
  'consent/ct-string.ts',
].map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');

/** Each quoted message (as the page writes it, `…` or an example value where the code inserts one) and its pieces. */
const messages: readonly [quote: string, pieces: readonly string[]][] = [
  ['INFOnline measurement: measured with ct 0100810141, sv in', ["'INFOnline measurement: '", "'measured with ct '", "', sv '"]],
  ['INFOnline measurement: no CMP within 500 ms', ["'no CMP within '", "' ms'", "defaultValue: '500'"]],
  ['INFOnline measurement: no consent for the pseudonymous measurement: iam.js not loaded', ["log('no ' + data.legalBasis + ' for the pseudonymous measurement: iam.js not loaded')"]],
  ['INFOnline measurement: consent changed to 0100810000', ["'consent changed to '"]],
  ['INFOnline measurement: the INFOnline script could not be loaded', ["'the INFOnline script could not be loaded'"]],
  ['INFOnline measurement: no image from https://… (204 or failed)', ["'no image from '", "' (204 or failed)'"]],
  ['INFOnline measurement: banner open, no choice within 5000 ms; still listening', ["'banner open, no choice within '", "' ms; still listening'", "defaultValue: '5000'"]],
  ['INFOnline measurement: identifier crm_id skipped: bad name, cookie crm_id not permitted or absent', ["'identifier ' + row.name + ' skipped: bad name, cookie ' + row.cookie + ' not permitted or absent'"]],
  ['INFOnline measurement: bad site id: "de mo"', [`'bad ' + check[1] + ': "' + check[2] + '"'`, "'site id', data.st"]],
  ['bad site id: ""', ["'site id', data.st"]],
  ['bad data domain', ["'data domain', data.dn", "indexOf('data-') === 0"]],
  ['bad server container URL', ["'server container URL', data.serverUrl", "indexOf('https://') === 0"]],
  ['bad choice: no tag and no server container', ["'choice: no tag and no server container', data.tagType"]],
  ['bad CMP wait', ["timeout <= 10000, 'CMP wait'"]],
  ['bad banner wait', ["uiTimeout <= 60000, 'banner wait'"]],
  ['bad cookie lifetime', ["days <= 28, 'cookie lifetime'"]],
  ['bad Consent Mode row …', [`'bad Consent Mode row ' + row.consentType + ': "' + row.vendor + '", "' + row.purposes + '"'`, 'purpose >= 1 && purpose <= 10']],
  ['ct "…" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear', [`'ct "' + value + '" is not 10 hex digits with CMP ' + codes.join(' or ') + ' and bits 12-15 clear'`, "validateCt(data.manualCt, ['none', 'other'])"]],
];

const pinned = test.macro({
  exec(t, quote: string, pieces: readonly string[]) {
    t.true(page.includes(`\`${quote}\``), 'quoted on the page');
    t.deepEqual(pieces.filter((p) => !code.includes(p)), [], 'built from these pieces in template/ (or consent/ct-string.ts)');
  },
  title: (_provided, quote: string) => `troubleshooting.md - \`${quote}\` is what the tag prints`,
});

for (const [quote, pieces] of messages) test(pinned, quote, pieces);

test('troubleshooting.md - every quoted tag message is pinned above', (t) => {
  const quoted = [...page.matchAll(/`(INFOnline measurement: [^`]+)`/g)].map((m) => m[1] ?? '');
  const known = new Set(messages.map(([quote]) => quote));
  t.true(quoted.length >= 7);
  t.deepEqual(quoted.filter((q) => !known.has(q)), []);
});
