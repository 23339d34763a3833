import test from 'ava';
import type { ExecutionContext } from 'ava';
import { decodeTcString } from '../../consent/tc-string.ts';
import type { TcString } from '../../consent/tc-string.ts';
import { tcStringVendorSignals } from '../../consent/tc-view.ts';
import { bits, bitFieldSection, coreHeader, rangeSection, toBase64Url } from './bits.ts';

// Made by @iabtechlabtcf/core 1.5.21 with test/fixtures/vendor-list.json, created 2026-11-23.
const FULL = 'CQuIxQAQuIxQAAKADCENAtEsAP_gAEPgAAYgGIwAgFtAMRAAAAAA.IGIwAgFtAMRA.cCAAAAAAASAA';
const RESTRICTED = 'CQuIxQAQuIxQAAKADCENAtEgAIOAAAAAAAYgGIwAgFtAMRAAAACQAAgLaAAA.IGIwAgFtAMRA.YAAAAAAAAAAA';
const CREATED = Date.UTC(2026, 10, 23);

const common = {
  version: 2, created: CREATED, lastUpdated: CREATED, cmpId: 10, cmpVersion: 3, consentScreen: 2, consentLanguage: 'EN',
  vendorListVersion: 45, policyVersion: 4, isServiceSpecific: true, useNonStandardTexts: false, purposeOneTreatment: false,
  publisherCountryCode: 'DE', disclosedVendors: [730, 785], allowedVendors: [], segments: ['disclosedVendors', 'publisherTC'],
};

test('decodeTcString - every field of a string with all purposes, special features and a publisher TC segment', (t) => {
  const expected: TcString = {
    ...common,
    specialFeatureOptins: [1, 2],
    purposeConsents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    purposeLegitimateInterests: [2, 7, 8, 9, 10, 11],
    vendorConsents: [730, 785],
    vendorLegitimateInterests: [],
    publisherRestrictions: [],
    segments: ['disclosedVendors', 'publisherTC'],
    publisherConsents: [1, 8],
    publisherLegitimateInterests: [],
    numCustomPurposes: 2,
    publisherCustomConsents: [2],
    publisherCustomLegitimateInterests: [],
  };
  t.deepEqual(decodeTcString(FULL), { ok: true, value: expected });
});

test('decodeTcString - a publisher restriction: purpose 8 not allowed for 730', (t) => {
  const decoded = decodeTcString(RESTRICTED);
  t.true(decoded.ok);
  if (!decoded.ok) return;
  t.deepEqual(decoded.value.publisherRestrictions, [{ purposeId: 8, restrictionType: 0, vendors: [{ start: 730, end: 730 }] }]);
  t.deepEqual(decoded.value.purposeConsents, [1, 7, 8, 9]);
  t.deepEqual(decoded.value.vendorConsents, [730, 785]);
});

test('tcStringVendorSignals - reads the same signals as the full decode', (t) => {
  const signals = tcStringVendorSignals(RESTRICTED, 730, true);
  t.true(signals.ok);
  if (!signals.ok) return;
  t.true(signals.value.vendorConsent);
  t.false(signals.value.vendorLegitimateInterest);
  t.deepEqual(signals.value.restrictions, [-1, -1, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1]);
  t.deepEqual(signals.value.purposeConsents, [false, true, false, false, false, false, false, true, true, true, false, false]);
});

const rejects = test.macro({
  exec(t: ExecutionContext, input: unknown, code: string, message: string, lazyToo = true) {
    t.deepEqual(decodeTcString(input), { ok: false, error: { code, message } });
    if (lazyToo) t.deepEqual(tcStringVendorSignals(input, 730, true), { ok: false, error: { code, message } });
  },
  title: (provided) => 'decodeTcString and tcStringVendorSignals - reject ' + (provided ?? ''),
});

test('a number', rejects, 42, 'tc-type', 'TC string: expected a string, got number');
test('an empty string', rejects, '', 'tc-empty', 'TC string: empty');
test('a 1 MB string before any work', rejects, 'C'.repeat(1024 * 1024), 'tc-too-long',
  'TC string: 1048576 characters, more than the 65536 any valid string needs');
test('a character outside base64url', rejects, 'CQuIxQAQuIx+AAKADCENAtEgAIEAAAAAAAYgFtQAQFtAAAAA', 'tc-character',
  'TC string: character "+" at position 11 is not base64url', false);
test('= padding', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAIEAAAAAAAYgFtQAQFtAAAAA==', 'tc-character',
  'TC string: character "=" at position 48 is not base64url', false);
test('a TCF v1 string', rejects, 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA', 'tc-version',
  'TC string: version 1 is not supported (expected 2)');
test('a string cut inside the core fields', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAI', 'tc-truncated',
  'TC string: segment ends inside purposeConsents (bit 152)');
test('a core segment cut before the next segment', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAI.IGIwAgFtAMRA', 'tc-truncated',
  'TC string: segment ends inside purposeConsents (bit 152)');
test('a string cut inside PublisherCC', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAIEAAAAAAA', 'tc-truncated',
  'TC string: segment ends inside publisherCountryCode (bit 201)', false);
test('tcStringVendorSignals - a string cut inside PublisherCC', (t) => {
  t.deepEqual(tcStringVendorSignals('CQuIxQAQuIxQAAKADCENAtEgAIEAAAAAAA', 730, true),
    { ok: false, error: { code: 'tc-truncated', message: 'TC string: segment ends inside vendorConsents.maxVendorId (bit 213)' } });
});
test('MaxVendorId 65535 in a short string', rejects, toBase64Url(coreHeader() + bitFieldSection(0, []).slice(0, 0) + bits(65535, 16) + '0'), 'tc-truncated',
  'TC string: vendorConsents declares 65535 vendors but the segment ends at bit 234', false);
test('4095 range entries in a short string', rejects, toBase64Url(coreHeader() + bits(800, 16) + '1' + bits(4095, 12) + '0'.repeat(40)), 'tc-truncated',
  'TC string: vendorConsents declares 4095 entries but the segment ends at bit 282', false);
test('overlapping ranges that would expand far beyond MaxVendorId', rejects,
  toBase64Url(coreHeader() + rangeSection(10, [[1, 10], [1, 10]]) + bitFieldSection(0, []) + bits(0, 12)), 'tc-range',
  'TC string: vendorConsents ranges cover 20 ids, more than MaxVendorId 10', false);
test('a range ending before it starts', rejects,
  toBase64Url(coreHeader() + rangeSection(800, [[730, 7]]) + bitFieldSection(0, []) + bits(0, 12)), 'tc-range',
  'TC string: vendorConsents entry 1 has the invalid range 730-7');
test('letters beyond z', rejects, toBase64Url(coreHeader({ language: [30, 1] }) + bitFieldSection(0, []) + bitFieldSection(0, []) + bits(0, 12)),
  'tc-letters', 'TC string: consentLanguage holds letter values 30 and 1 (expected 0..25)', false);
test('an unknown segment type', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAIEAAAAAAAYgFtQAQFtAAAAA.oAAA', 'tc-segment',
  'TC string: segment 2 has the unknown SegmentType 5', false);
test('the same segment twice', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAIEAAAAAAAYgFtQAQFtAAAAA.IGIwAgFtAMRA.IGIwAgFtAMRA', 'tc-segment',
  'TC string: segment disclosedVendors appears twice', false);
test('an empty segment', rejects, 'CQuIxQAQuIxQAAKADCENAtEgAIEAAAAAAAYgFtQAQFtAAAAA..IGIwAgFtAMRA', 'tc-segment',
  'TC string: segment 2 is empty (at position 49)', false);
test('a restriction naming purpose 0', rejects,
  toBase64Url(coreHeader() + bitFieldSection(0, []) + bitFieldSection(0, []) + bits(1, 12) + bits(0, 6) + bits(0, 2) + bits(0, 12)),
  'tc-restriction', 'TC string: publisher restriction 1 names purpose 0');

test('decodeTcString - a hand-built string with ranges and a bit field decodes exactly', (t) => {
  const tc = toBase64Url(coreHeader({ purposeConsents: [1, 8] }) + rangeSection(785, [[730, 730], [780, 785]]) +
    bitFieldSection(12, [2, 12]) + bits(1, 12) + bits(9, 6) + bits(1, 2) + bits(1, 12) + '1' + bits(1, 16) + bits(800, 16));
  const decoded = decodeTcString(tc);
  t.true(decoded.ok);
  if (!decoded.ok) return;
  t.deepEqual(decoded.value.vendorConsents, [730, 780, 781, 782, 783, 784, 785]);
  t.deepEqual(decoded.value.vendorLegitimateInterests, [2, 12]);
  t.deepEqual(decoded.value.publisherRestrictions, [{ purposeId: 9, restrictionType: 1, vendors: [{ start: 1, end: 800 }] }]);
  t.deepEqual(decoded.value.purposeConsents, [1, 8]);
  t.is(decoded.value.created, 1795440000000);
});

test('decodeTcString - unordered ranges decode to an ascending list', (t) => {
  const tc = toBase64Url(coreHeader() + rangeSection(20, [[15, 20], [1, 3]]) + bitFieldSection(0, []) + bits(0, 12));
  const decoded = decodeTcString(tc);
  t.deepEqual(decoded.ok ? decoded.value.vendorConsents : [], [1, 2, 3, 15, 16, 17, 18, 19, 20]);
});
