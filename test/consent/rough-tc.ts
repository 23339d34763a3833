/**
 * Test helper: TC strings no encoder would make, for the readers' error paths. The core fields are random bits,
 * the vendor sections and publisher restrictions are built from random (often invalid) entries over small vendor
 * ids, and the result may be cut short or have one character replaced (by another base64url digit, a '.' or a
 * character outside the alphabet). Most are malformed somewhere, many are not, some are malformed only where a
 * lazy reader never looks.
 */
import fc from 'fast-check';
import { bits, toBase64Url } from './bits.ts';

/** Vendor ids in the hand-built sections, and the ids a test asks about. */
export const ROUGH_MAX_ID = 40;

/** Mostly valid ids and ranges, sometimes 0, beyond MaxVendorId or backwards. */
const id = fc.oneof({ arbitrary: fc.integer({ min: 1, max: ROUGH_MAX_ID }), weight: 6 }, { arbitrary: fc.integer({ min: 0, max: ROUGH_MAX_ID + 4 }), weight: 1 });
const range = fc.oneof({ arbitrary: fc.tuple(id, id).map(([a, b]) => (a <= b ? [a, b] : [b, a])), weight: 6 }, { arbitrary: fc.tuple(id, id), weight: 1 });
const entry = fc.tuple(fc.boolean(), range).map(([isARange, [start, end]]) => (isARange ? '1' + bits(start, 16) + bits(end, 16) : '0' + bits(start, 16)));
const entries = fc.array(entry, { maxLength: 4 }).map((list) => bits(list.length, 12) + list.join(''));

/** A vendor section (bit field or ranges) over ids up to ROUGH_MAX_ID, as bits; often invalid. */
export const roughVendorSection: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.boolean(), { maxLength: ROUGH_MAX_ID }).map((flags) => bits(flags.length, 16) + '0' + flags.map((on) => (on ? '1' : '0')).join('')),
  fc.tuple(fc.oneof({ arbitrary: fc.constant(ROUGH_MAX_ID), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: ROUGH_MAX_ID }), weight: 1 }), entries).map(([maxVendorId, list]) => bits(maxVendorId, 16) + '1' + list),
);

const restriction = fc.tuple(fc.oneof(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 63 })), fc.integer({ min: 0, max: 3 }), entries)
  .map(([purposeId, type, list]) => bits(purposeId, 6) + bits(type, 2) + list);
const restrictions = fc.array(restriction, { maxLength: 3 }).map((list) => bits(list.length, 12) + list.join(''));

const coreFields = fc.array(fc.boolean(), { minLength: 207, maxLength: 207 }).map((flags) => flags.map((on) => (on ? '1' : '0')).join(''));
const version = fc.oneof({ arbitrary: fc.constant(2), weight: 9 }, { arbitrary: fc.integer({ min: 0, max: 63 }), weight: 1 });
const tail = fc.array(fc.boolean(), { maxLength: 30 }).map((flags) => flags.map((on) => (on ? '1' : '0')).join(''));

/** A possibly damaged string: cut at `cut` characters (when smaller) and character `at` replaced by `by`. */
const damage = fc.oneof(
  { arbitrary: fc.constant({ cut: Infinity, at: -1, by: '' }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 80 }).map((cut) => ({ cut, at: -1, by: '' })), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 0, max: 80 }), fc.constantFrom('A', 'g', '_', '-', '.', '*', '+', '/', '=')).map(([at, by]) => ({ cut: Infinity, at, by })), weight: 1 },
);

export const roughTcString: fc.Arbitrary<string> = fc.tuple(version, coreFields, roughVendorSection, roughVendorSection, restrictions, tail, damage)
  .map(([v, core, consents, legitimateInterests, restrictionSection, rest, { cut, at, by }]) => {
    let tc = toBase64Url(bits(v, 6) + core + consents + legitimateInterests + restrictionSection + rest);
    if (cut < tc.length) tc = tc.slice(0, cut);
    if (at >= 0 && at < tc.length) tc = tc.slice(0, at) + by + tc.slice(at + 1);
    return tc;
  });

export const roughVendorId: fc.Arbitrary<number> = id;
