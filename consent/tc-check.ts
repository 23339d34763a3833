/**
 * "Would `decodeTcString` accept this string?" without decoding it: the same walk over segments and fields
 * (tc-fields.ts), checking everything the decoder checks (every character, the version, every field's bits, the
 * letters, every range and its bounds, restriction purposes, segment types) but building no id list. For the
 * server client, which answers its vendors through the per-vendor scan (tc-vendor-decision.ts) and needs from
 * the whole string only that it is well formed plus LastUpdated and the publisher's custom consents.
 *
 * `scanTcString` only says yes (with those fields) or no; `checkTcString` asks the decoder for the problem when
 * the answer is no, so errors are the decoder's. test/consent/tc-check.test.ts holds the two together on
 * library strings and 20,000 damaged ones.
 */
import { base64urlValue } from './base64url.ts';
import { bitReader, readBits } from './bit-reader.ts';
import type { BitReader } from './bit-reader.ts';
import { success } from './result.ts';
import type { Result } from './result.ts';
import { CORE_OFFSETS, RESTRICTION_SECTION, SEGMENT_TYPE_BITS, TC_STRING_VERSION, VENDOR_SECTION } from './tc-fields.ts';
import type { TcField, TcSegmentName } from './tc-fields.ts';
import type { TcErrorCode } from './tc-sections.ts';
import { checkTcStringInput, decodeTcString, segmentOfType } from './tc-string.ts';

/** A string the decoder accepts, with the few fields a caller reads besides per-vendor answers. */
export interface CheckedTcString {
  text: string;
  /** Milliseconds since the epoch, as `TcString.lastUpdated`. */
  lastUpdated: number;
  /** As `TcString.segments`. */
  segments: TcSegmentName[];
  /** As `TcString.publisherCustomConsents` (ascending ids; empty without a publisher TC segment). */
  publisherCustomConsents: number[];
}

/** The one id list kept: what identifier rules with a custom purpose ask for. */
const KEPT_IDS = 'publisherCustomConsents';

export function checkTcString(tc: unknown): Result<CheckedTcString, TcErrorCode> {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const checked = scanTcString(input.value);
  if (checked !== undefined) return success(checked);
  const decoded = decodeTcString(input.value);
  if (!decoded.ok) return decoded;
  // Not reached while the scan refuses only what the decoder refuses (the tests hold them together); should it
  // ever be, the decoder's answer stands.
  const whole = decoded.value;
  return success({ text: input.value, lastUpdated: whole.lastUpdated, segments: whole.segments, publisherCustomConsents: whole.publisherCustomConsents });
}

/** The checked string, or undefined when `decodeTcString` would refuse it. `text` must pass checkTcStringInput. */
export function scanTcString(text: string): CheckedTcString | undefined {
  const out: CheckedTcString = { text: text, lastUpdated: 0, segments: [], publisherCustomConsents: [] };
  let start = 0;
  let segment = 0;
  while (start <= text.length) {
    let end = text.indexOf('.', start);
    if (end === -1) end = text.length;
    if (end === start) return undefined;
    for (let i = start; i < end; i++) {
      if (base64urlValue(text[i]) < 0) return undefined;
    }
    // Every character of the segment is base64url from here on: a read can only fail by running out of bits.
    const reader = bitReader(text, start, end);
    if (segment === 0) {
      if (!coreSegment(reader, out)) return undefined;
    } else {
      const known = segmentOfType(readBits(reader, SEGMENT_TYPE_BITS));
      if (known === undefined || out.segments.indexOf(known.name) !== -1) return undefined;
      out.segments.push(known.name);
      if (!fields(reader, known.fields, out)) return undefined;
    }
    segment = segment + 1;
    start = end + 1;
  }
  return out;
}

/**
 * The core segment: of its fixed fields only the version and the two letter pairs can be wrong once the bits are
 * there, so those are read at their offsets and the rest only counted; then the variable sections.
 */
function coreSegment(reader: BitReader, out: CheckedTcString): boolean {
  if (readBits(reader, 6) !== TC_STRING_VERSION) return false;
  if ((reader.end - reader.start) * 6 < CORE_OFFSETS.vendorConsents) return false;
  reader.pos = CORE_OFFSETS.lastUpdated;
  out.lastUpdated = readBits(reader, 36) * 100;
  reader.pos = CORE_OFFSETS.consentLanguage;
  if (!letters(readBits(reader, 12))) return false;
  reader.pos = CORE_OFFSETS.publisherCountryCode;
  if (!letters(readBits(reader, 12))) return false;
  return vendorSection(reader) && vendorSection(reader) && restrictions(reader);
}

/** Two 6-bit letters, each 0..25 (a..z). */
function letters(value: number): boolean {
  const second = value % 64;
  return second <= 25 && (value - second) / 64 <= 25;
}

/** The fields of a segment after its type, as the decoder walks them; keeps only KEPT_IDS. */
function fields(reader: BitReader, table: readonly TcField[], out: CheckedTcString): boolean {
  // Values of the int fields read so far: a customIds field takes its length from one.
  const lengths: { [name: string]: number } = {};
  for (const field of table) {
    if (field.kind === 'vendors') {
      if (!vendorSection(reader)) return false;
      continue;
    }
    if (field.kind === 'restrictions') {
      if (!restrictions(reader)) return false;
      continue;
    }
    let bits = field.bits;
    if (field.kind === 'customIds') {
      const length = lengths[field.lengthFrom === undefined ? '' : field.lengthFrom];
      bits = length === undefined ? 0 : length;
    }
    if (field.name === KEPT_IDS) {
      if (!keepIds(reader, bits, out.publisherCustomConsents)) return false;
      continue;
    }
    if (field.kind === 'letters') {
      const value = readBits(reader, bits);
      if (value < 0 || !letters(value)) return false;
      continue;
    }
    if (field.kind === 'int' || field.kind === 'time' || field.kind === 'bool') {
      const value = readBits(reader, bits);
      if (value < 0) return false;
      lengths[field.name] = value;
      continue;
    }
    if (!skip(reader, bits)) return false;
  }
  return true;
}

/** Step over `bits` bits that must exist. */
function skip(reader: BitReader, bits: number): boolean {
  if (reader.pos + bits > (reader.end - reader.start) * 6) return false;
  reader.pos = reader.pos + bits;
  return true;
}

/** A bit field of `bits` bits (≤ 63 here: a 6-bit count) as ascending ids into `ids`, bit i = id i + 1. */
function keepIds(reader: BitReader, bits: number, ids: number[]): boolean {
  for (let id = 1; id <= bits; id++) {
    const bit = readBits(reader, 1);
    if (bit < 0) return false;
    if (bit === 1) ids.push(id);
  }
  return true;
}

/** A vendor section as `decodeVendorSection` checks it: bits present, ranges valid, inside MaxVendorId, not covering more ids than it. */
function vendorSection(reader: BitReader): boolean {
  const maxVendorId = readBits(reader, VENDOR_SECTION.maxVendorIdBits);
  const isRange = readBits(reader, VENDOR_SECTION.isRangeEncodingBits);
  if (isRange < 0 || maxVendorId < 0) return false;
  if (isRange === 0) return skip(reader, maxVendorId);
  const covered = rangeEntries(reader, maxVendorId);
  return covered >= 0 && covered <= maxVendorId;
}

/**
 * NumEntries and the range entries after it, as `readRangeEntries` checks them, plus every end within `maxEnd`
 * (decodeRanges' check; -1 for none). The number of ids covered, or -1 when the section is refused.
 */
function rangeEntries(reader: BitReader, maxEnd: number): number {
  const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
  if (numEntries < 0) return -1;
  const smallest = VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits;
  if (reader.pos + numEntries * smallest > (reader.end - reader.start) * 6) return -1;
  let covered = 0;
  for (let i = 0; i < numEntries; i++) {
    const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
    const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
    const end = isARange === 1 ? readBits(reader, VENDOR_SECTION.vendorIdBits) : start;
    if (isARange < 0 || start <= 0 || end < start || (maxEnd >= 0 && end > maxEnd)) return -1;
    covered = covered + end - start + 1;
  }
  return covered;
}

/** The publisher restrictions as `decodeRestrictions` checks them. */
function restrictions(reader: BitReader): boolean {
  const count = readBits(reader, RESTRICTION_SECTION.numPubRestrictionsBits);
  if (count < 0) return false;
  const smallest = RESTRICTION_SECTION.purposeIdBits + RESTRICTION_SECTION.restrictionTypeBits + VENDOR_SECTION.numEntriesBits;
  if (reader.pos + count * smallest > (reader.end - reader.start) * 6) return false;
  for (let i = 0; i < count; i++) {
    const purposeId = readBits(reader, RESTRICTION_SECTION.purposeIdBits);
    const type = readBits(reader, RESTRICTION_SECTION.restrictionTypeBits);
    if (purposeId <= 0 || type < 0 || rangeEntries(reader, -1) < 0) return false;
  }
  return true;
}
