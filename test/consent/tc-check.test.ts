import test from 'ava';
import fc from 'fast-check';
import { checkTcString, scanTcString } from '../../consent/tc-check.ts';
import { CORE_FIELDS, CORE_OFFSETS } from '../../consent/tc-fields.ts';
import { decodeTcString } from '../../consent/tc-string.ts';
import { bits, coreHeader, rangeSection, toBase64Url } from './bits.ts';
import { encodeWithLibrary, modelSpec } from './iab.ts';
import { roughTcString, roughVendorSection } from './rough-tc.ts';

/** What scanTcString keeps, taken from the full decode. */
function expectedFacts(tc: string): unknown {
  const decoded = decodeTcString(tc);
  if (!decoded.ok) return undefined;
  return { text: tc, lastUpdated: decoded.value.lastUpdated, segments: decoded.value.segments, publisherCustomConsents: decoded.value.publisherCustomConsents };
}

const offsetOf = (name: string): number => {
  let offset = 0;
  for (const field of CORE_FIELDS) {
    if (field.name === name) return offset;
    offset += field.bits;
  }
  return -1;
};

test('CORE_OFFSETS - each offset is the sum of the widths before its field in CORE_FIELDS', (t) => {
  for (const [name, offset] of Object.entries(CORE_OFFSETS)) t.is(offset as number, offsetOf(name), name);
});

test('scanTcString - accepts every library string, with the decoder\'s LastUpdated, segments and custom consents (1,500 strings)', (t) => {
  const seen = { compared: 0, withPublisherTC: 0, withCustomConsents: 0, withDisclosedVendors: 0 };
  fc.assert(fc.property(modelSpec, (spec) => {
    const tc = encodeWithLibrary(spec);
    const scanned = scanTcString(tc);
    t.deepEqual(scanned, expectedFacts(tc), tc);
    seen.compared++;
    if (scanned?.segments.includes('publisherTC')) seen.withPublisherTC++;
    if (scanned?.segments.includes('disclosedVendors')) seen.withDisclosedVendors++;
    if ((scanned?.publisherCustomConsents.length ?? 0) > 0) seen.withCustomConsents++;
    return scanned !== undefined;
  }), { seed: 2026, numRuns: 1500 });
  t.is(seen.compared, 1500);
  for (const key of ['withPublisherTC', 'withCustomConsents', 'withDisclosedVendors'] as const) t.true(seen[key] > 100, key + ': ' + seen[key]);
});

/** Segments after the core one: a random SegmentType (mostly a known one), a vendor section or publisher TC fields. */
const publisherTcBody = fc.tuple(fc.array(fc.boolean(), { minLength: 48, maxLength: 48 }), fc.integer({ min: 0, max: 12 }), fc.array(fc.boolean(), { maxLength: 24 }))
  .map(([purposes, count, custom]) => purposes.map((on) => (on ? '1' : '0')).join('') + bits(count, 6) + custom.map((on) => (on ? '1' : '0')).join(''));
const extraSegment = fc.tuple(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 9 }, { arbitrary: fc.integer({ min: 0, max: 7 }), weight: 1 }), roughVendorSection, publisherTcBody)
  .map(([type, section, publisher]) => toBase64Url(bits(type, 3) + (type === 3 ? publisher : section)));
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * roughTcString's core fields are random bits, so its ConsentLanguage and PublisherCountryCode are letters only
 * one time in forty: put letters there (when those characters are base64url), or the full decoder would refuse
 * nearly every string for that alone.
 */
function withLetters(tc: string, letters: [number, number, number, number]): string {
  const dot = tc.indexOf('.');
  const coreEnd = dot === -1 ? tc.length : dot;
  const digits = [...tc.slice(0, coreEnd)].map((char) => ALPHABET.indexOf(char));
  if (digits.includes(-1)) return tc;
  const bitString = digits.map((digit) => bits(digit, 6)).join('');
  if (bitString.length < CORE_OFFSETS.vendorConsents) return tc;
  const patched = bitString.slice(0, CORE_OFFSETS.consentLanguage) + bits(letters[0], 6) + bits(letters[1], 6) +
    bitString.slice(CORE_OFFSETS.consentLanguage + 12, CORE_OFFSETS.publisherCountryCode) + bits(letters[2], 6) + bits(letters[3], 6) +
    bitString.slice(CORE_OFFSETS.publisherCountryCode + 12);
  return toBase64Url(patched) + tc.slice(coreEnd);
}

const letter = fc.integer({ min: 0, max: 25 });
const roughCore = fc.tuple(roughTcString, fc.oneof({ arbitrary: fc.tuple(letter, letter, letter, letter), weight: 9 }, { arbitrary: fc.constant(undefined), weight: 1 }))
  .map(([tc, letters]) => (letters === undefined ? tc : withLetters(tc, letters)));
/** Damage to the whole string now and then: one character replaced (by '' : the string cut there). */
const wholeDamage = fc.oneof({ arbitrary: fc.constant({ at: -1, by: '' }), weight: 3 }, { arbitrary: fc.record({ at: fc.integer({ min: 0, max: 120 }), by: fc.constantFrom('A', '_', '.', '*', '') }), weight: 1 });

/** A rough core segment with up to three rough segments after it, and now and then one more character damaged or the whole cut. */
const roughWhole = fc.tuple(roughCore, fc.array(extraSegment, { maxLength: 3 }), wholeDamage)
  .map(([core, extras, { at, by }]) => {
    const tc = [core, ...extras].join('.');
    if (at < 0 || at >= tc.length) return tc;
    return by === '' ? tc.slice(0, at) : tc.slice(0, at) + by + tc.slice(at + 1);
  });

test('scanTcString - refuses exactly what decodeTcString refuses, on 20,000 damaged strings with up to four segments', (t) => {
  const seen = { accepted: 0, refused: 0, acceptedWithSegments: 0, acceptedWithPublisherTC: 0 };
  fc.assert(fc.property(roughWhole, (tc) => {
    if (tc.length === 0) return true;
    const expected = expectedFacts(tc);
    const scanned = scanTcString(tc);
    t.deepEqual(scanned, expected, tc);
    if (scanned === undefined) seen.refused++;
    else {
      seen.accepted++;
      if (scanned.segments.length > 0) seen.acceptedWithSegments++;
      if (scanned.segments.includes('publisherTC')) seen.acceptedWithPublisherTC++;
    }
    // The public check: the decoder's error when refused, the scan's facts when accepted.
    const decoded = decodeTcString(tc);
    t.deepEqual(checkTcString(tc), decoded.ok ? { ok: true, value: expected } : decoded, tc);
    return (scanned === undefined) === !decoded.ok;
  }), { seed: 1848, numRuns: 20000 });
  // Both answers, and segments after the core one, must be exercised in earnest.
  const least = { accepted: 2000, refused: 2000, acceptedWithSegments: 1000, acceptedWithPublisherTC: 200 };
  for (const key of Object.keys(least) as (keyof typeof least)[]) t.true(seen[key] > least[key], key + ': ' + JSON.stringify(seen));
});

const core = (consents: string) => coreHeader({ purposeConsents: [1] }) + consents + rangeSection(0, []) + bits(0, 12);

const refusals: [string, string][] = [
  ['a trailing dot (an empty segment)', toBase64Url(core(rangeSection(40, [[3, 9]]))) + '.'],
  ['an unknown SegmentType', toBase64Url(core(rangeSection(40, [[3, 9]]))) + '.' + toBase64Url(bits(5, 3) + rangeSection(0, []))],
  ['a segment twice', toBase64Url(core(rangeSection(40, [[3, 9]]))) + ('.' + toBase64Url(bits(1, 3) + rangeSection(0, []))).repeat(2)],
  ['ranges covering more ids than MaxVendorId', toBase64Url(core(rangeSection(10, [[1, 8], [3, 9]])))],
  ['a range past MaxVendorId', toBase64Url(core(rangeSection(10, [[3, 11]])))],
  ['a character outside base64url in a later segment', toBase64Url(core(rangeSection(40, [[3, 9]]))) + '.I*AA'],
  ['version 1', 'B' + toBase64Url(core(rangeSection(40, [[3, 9]]))).slice(1)],
];

const refuses = test.macro({
  exec(t, tc: string) {
    const decoded = decodeTcString(tc);
    t.false(decoded.ok);
    t.is(scanTcString(tc), undefined);
    t.deepEqual(checkTcString(tc), decoded);
  },
  title: (name = '') => 'checkTcString - refuses with the decoder\'s error: ' + name,
});
for (const [name, tc] of refusals) test(name, refuses, tc);

test('checkTcString - input checks come first: not a string, empty, too long', (t) => {
  t.deepEqual(checkTcString(7), { ok: false, error: { code: 'tc-type', message: 'TC string: expected a string, got number' } });
  t.deepEqual(checkTcString(''), { ok: false, error: { code: 'tc-empty', message: 'TC string: empty' } });
  t.is(checkTcString('A'.repeat(65537)).ok, false);
});
