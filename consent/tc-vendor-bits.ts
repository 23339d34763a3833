/**
 * The bits one vendor's decision needs from a TC string, in one pass over the characters: each character is
 * looked up once, the fixed core fields straight from their characters, the variable sections through a small
 * cursor that buffers the bits of the characters it has loaded. No flag or restriction arrays unless a
 * publisher restriction names the vendor.
 *
 * It never names a problem: anything unusual (a character that is not base64url, a section running past the
 * end, an invalid range, a restriction for purpose 0, a version other than 2) gives `undefined`, and tc-view.ts
 * reads the string again step by step to report the first problem. Every character and bit the step-by-step reader
 * checks is checked here too (often more), so a string this scan accepts is one that reader accepts, with the
 * same answer; test/consent/tc-vendor-bits.test.ts holds the two together.
 */
import { base64urlValue } from './base64url.ts';
import { MAX_PURPOSE_ID } from './purpose-ids.ts';
import { POWERS_OF_TWO } from './hex.ts';
import { RESTRICTION_NOT_ALLOWED, combineRestriction, noRestrictions } from './signals.ts';
import { CORE_OFFSETS, RESTRICTION_SECTION, TC_STRING_VERSION, VENDOR_SECTION } from './tc-fields.ts';

export interface TcVendorBits {
  /** Bits 139-141 as one number: 4 = UseNonStandardTexts, 2 = special feature 1, 1 = special feature 2. */
  textsAndFeatures: number;
  /** PurposesConsent for purposes 1-11 as one number: purpose p has the weight 2^(11 - p). */
  purposeConsents: number;
  /** PurposesLITransparency for purposes 1-11, weighted as `purposeConsents`. */
  purposeLegitimateInterests: number;
  vendorConsent: boolean;
  vendorLegitimateInterest: boolean;
  /** Per purpose (index 0 unused) the restriction type for this vendor (3 read as not allowed), or undefined when no restriction names the vendor. */
  restrictions: number[] | undefined;
}

/**
 * A range entry's IsARange bit read together with the 16-bit id after it: its weight in the 17-bit value,
 * 2^VENDOR_SECTION.vendorIdBits (a literal: a computed top-level constant would survive tree-shaking in the web tag).
 */
const IS_A_RANGE = 65536;

/** Reads bits in order: the characters loaded so far that still hold unread bits are kept as a number. */
interface Cursor {
  text: string;
  /** The next character to load. */
  next: number;
  /** The unread bits of the loaded characters, as an unsigned integer of `buffered` bits. */
  buffer: number;
  buffered: number;
  /** Set by a read that met a bad character or the end of the string; later reads return 0. */
  failed: boolean;
}

/** The character at `index` as its 6-bit value; -1 past the end or for a character outside the alphabet. */
function digitAt(text: string, index: number): number {
  if (index >= text.length) return -1;
  return base64urlValue(text[index]);
}

/** Read `count` (≤ 18) bits; on a bad or missing character set `failed` and return 0. */
function take(cursor: Cursor, count: number): number {
  let buffer = cursor.buffer;
  let buffered = cursor.buffered;
  while (buffered < count) {
    const digit = digitAt(cursor.text, cursor.next);
    if (digit < 0) {
      cursor.failed = true;
      return 0;
    }
    buffer = buffer * 64 + digit;
    buffered = buffered + 6;
    cursor.next = cursor.next + 1;
  }
  // Buffered stays below count + 6 ≤ 24 bits, inside POWERS_OF_TWO and exact in a double.
  const rest = POWERS_OF_TWO[buffered - count];
  const low = buffer % rest;
  cursor.buffer = low;
  cursor.buffered = buffered - count;
  return (buffer - low) / rest;
}

/** Move to absolute bit `bit`, loading its character. */
function seek(cursor: Cursor, bit: number): void {
  const offset = bit % 6;
  cursor.next = (bit - offset) / 6;
  cursor.buffer = 0;
  cursor.buffered = 0;
  if (offset > 0) take(cursor, offset);
}

/** The absolute position of the next unread bit. */
function position(cursor: Cursor): number {
  return cursor.next * 6 - cursor.buffered;
}

/** Purposes 1-11 of the 24-bit purpose field at bit `offset` = 6k + 2: four bits, six bits, one bit. */
function purposeBits(text: string, offset: number): number {
  const first = (offset - 2) / 6;
  const a = digitAt(text, first);
  const b = digitAt(text, first + 1);
  const c = digitAt(text, first + 2);
  if (a < 0 || b < 0 || c < 0) return -1;
  return (a % 16) * 128 + b * 2 + (c >= 32 ? 1 : 0);
}

/**
 * Per vendor of `vendorIds`, whether its bit is set in the vendor section at the cursor (1 or 0), leaving the
 * cursor past the section; undefined when the section is not well formed.
 */
function vendorsInSection(cursor: Cursor, vendorIds: readonly number[]): number[] | undefined {
  const head = take(cursor, VENDOR_SECTION.maxVendorIdBits + VENDOR_SECTION.isRangeEncodingBits);
  if (cursor.failed) return undefined;
  const isRange = head % 2;
  const maxVendorId = (head - isRange) / 2;
  const has: number[] = [];
  for (let k = 0; k < vendorIds.length; k++) has.push(0);
  if (isRange === 0) {
    if (maxVendorId === 0) return has;
    const first = position(cursor);
    for (let k = 0; k < vendorIds.length; k++) {
      const vendorId = vendorIds[k];
      if (vendorId >= 1 && vendorId <= maxVendorId) {
        const bit = first + vendorId - 1;
        const offset = bit % 6;
        const digit = digitAt(cursor.text, (bit - offset) / 6);
        if (digit < 0) return undefined;
        has[k] = digit % POWERS_OF_TWO[6 - offset] >= POWERS_OF_TWO[5 - offset] ? 1 : 0;
      }
    }
    // The section's last bit must exist even when the vendors' bits are earlier; reading it leaves the cursor past the section.
    seek(cursor, first + maxVendorId - 1);
    take(cursor, 1);
    return cursor.failed ? undefined : has;
  }
  const numEntries = take(cursor, VENDOR_SECTION.numEntriesBits);
  for (let i = 0; i < numEntries; i++) {
    // IsARange and the first id in one read.
    const entry = take(cursor, VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits);
    const start = entry % IS_A_RANGE;
    const end = entry >= IS_A_RANGE ? take(cursor, VENDOR_SECTION.vendorIdBits) : start;
    if (cursor.failed || start === 0 || end < start || end > maxVendorId) return undefined;
    for (let k = 0; k < vendorIds.length; k++) {
      if (vendorIds[k] >= start && vendorIds[k] <= end) has[k] = 1;
    }
  }
  return cursor.failed ? undefined : has;
}

/** Into each `all[k]`, the restriction types that name `vendorIds[k]`, by purpose; `false` when the section is not well formed. */
function restrictionsFor(cursor: Cursor, vendorIds: readonly number[], all: TcVendorBits[]): boolean {
  const count = take(cursor, RESTRICTION_SECTION.numPubRestrictionsBits);
  for (let i = 0; i < count; i++) {
    const purposeId = take(cursor, RESTRICTION_SECTION.purposeIdBits);
    const type = take(cursor, RESTRICTION_SECTION.restrictionTypeBits);
    const numEntries = take(cursor, VENDOR_SECTION.numEntriesBits);
    if (cursor.failed || purposeId === 0) return false;
    for (let e = 0; e < numEntries; e++) {
      const entry = take(cursor, VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits);
      const start = entry % IS_A_RANGE;
      const end = entry >= IS_A_RANGE ? take(cursor, VENDOR_SECTION.vendorIdBits) : start;
      if (cursor.failed || start === 0 || end < start) return false;
      if (purposeId > MAX_PURPOSE_ID) continue;
      for (let k = 0; k < vendorIds.length; k++) {
        // Asked positively, so that an id no caller should pass (NaN) is in no range.
        if (vendorIds[k] >= start && vendorIds[k] <= end) {
          const bits = all[k];
          if (bits.restrictions === undefined) bits.restrictions = noRestrictions();
          bits.restrictions[purposeId] = combineRestriction(bits.restrictions[purposeId], type === 3 ? RESTRICTION_NOT_ALLOWED : type);
        }
      }
    }
  }
  return !cursor.failed;
}

/** The core segment's bits for `vendorId`, or undefined when the string is anything but well formed. */
export function scanVendorBits(text: string, vendorId: number): TcVendorBits | undefined {
  const all = scanVendorsBits(text, [vendorId]);
  return all === undefined ? undefined : all[0];
}

/**
 * The bits of several vendors in the same one pass (`all[k]` for `vendorIds[k]`): the sections are walked once
 * whatever the number of vendors, where one scan per vendor would walk them again for each.
 */
export function scanVendorsBits(text: string, vendorIds: readonly number[]): TcVendorBits[] | undefined {
  // Version: the whole first character.
  if (digitAt(text, 0) !== TC_STRING_VERSION) return undefined;
  // UseNonStandardTexts and special features 1-2: bits 139-141, offsets 1-3 of character 23.
  const features = digitAt(text, (CORE_OFFSETS.useNonStandardTexts - 1) / 6);
  const purposeConsents = purposeBits(text, CORE_OFFSETS.purposeConsents);
  const purposeLegitimateInterests = purposeBits(text, CORE_OFFSETS.purposeLegitimateInterests);
  if (features < 0 || purposeConsents < 0 || purposeLegitimateInterests < 0) return undefined;
  const cursor: Cursor = { text: text, next: 0, buffer: 0, buffered: 0, failed: false };
  seek(cursor, CORE_OFFSETS.vendorConsents);
  const consents = vendorsInSection(cursor, vendorIds);
  if (consents === undefined) return undefined;
  const legitimateInterests = vendorsInSection(cursor, vendorIds);
  if (legitimateInterests === undefined) return undefined;
  const all: TcVendorBits[] = [];
  for (let k = 0; k < vendorIds.length; k++) {
    all.push({
      textsAndFeatures: (features % 32 - features % 4) / 4,
      purposeConsents: purposeConsents,
      purposeLegitimateInterests: purposeLegitimateInterests,
      vendorConsent: consents[k] === 1,
      vendorLegitimateInterest: legitimateInterests[k] === 1,
      restrictions: undefined,
    });
  }
  return restrictionsFor(cursor, vendorIds, all) ? all : undefined;
}
