/**
 * The variable-length parts of a TC string: vendor sections (bit field or ranges) and publisher restrictions.
 * Work is bounded by the input: every count is checked against the bits left before anything is allocated.
 */
import { base64urlValue } from './base64url.ts';
import { READ_BAD_CHARACTER, readBits } from './bit-reader.ts';
import type { BitReader } from './bit-reader.ts';
import { RESTRICTION_SECTION, VENDOR_SECTION } from './tc-fields.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

export type TcErrorCode =
  | 'tc-type'
  | 'tc-empty'
  | 'tc-too-long'
  | 'tc-character'
  | 'tc-truncated'
  | 'tc-version'
  | 'tc-segment'
  | 'tc-letters'
  | 'tc-range'
  | 'tc-restriction';

export interface VendorRange {
  start: number;
  end: number;
}

/** One publisher restriction as encoded: a purpose, a type (0 not allowed, 1 require consent, 2 require LI, 3 undefined) and vendor ranges. */
export interface PublisherRestriction {
  purposeId: number;
  restrictionType: number;
  vendors: VendorRange[];
}

/** The error for a failed read, naming the field and bit. */
export function readFailure(reader: BitReader, code: number, field: string): Result<never, TcErrorCode> {
  const bit = reader.pos;
  if (code === READ_BAD_CHARACTER) {
    // The failed field starts at `bit` and spans at most 9 characters: find the one that is not base64url.
    let index = reader.start + (bit - (bit % 6)) / 6;
    while (index < reader.end && base64urlValue(reader.text[index]) >= 0) index = index + 1;
    const char = reader.text[index];
    if (char !== undefined && char !== '.') {
      return failure('tc-character', 'TC string: character "' + char + '" at position ' + index + ' is not base64url');
    }
  }
  return failure('tc-truncated', 'TC string: segment ends inside ' + field + ' (bit ' + bit + ')');
}

/** Decode a vendor section into its ascending list of ids. */
export function decodeVendorSection(reader: BitReader, field: string): Result<number[], TcErrorCode> {
  const maxVendorId = readBits(reader, VENDOR_SECTION.maxVendorIdBits);
  if (maxVendorId < 0) return readFailure(reader, maxVendorId, field + '.maxVendorId');
  const isRange = readBits(reader, VENDOR_SECTION.isRangeEncodingBits);
  if (isRange < 0) return readFailure(reader, isRange, field + '.isRangeEncoding');
  if (isRange === 0) return decodeBitField(reader, maxVendorId, field);
  return decodeRanges(reader, maxVendorId, field);
}

function decodeBitField(reader: BitReader, maxVendorId: number, field: string): Result<number[], TcErrorCode> {
  const first = reader.pos;
  const stop = first + maxVendorId;
  if (stop > (reader.end - reader.start) * 6) {
    return failure('tc-truncated', 'TC string: ' + field + ' declares ' + maxVendorId + ' vendors but the segment ends at bit ' + (reader.end - reader.start) * 6);
  }
  const ids: number[] = [];
  let bit = first;
  while (bit < stop) {
    const offset = bit % 6;
    const index = reader.start + (bit - offset) / 6;
    const digit = base64urlValue(reader.text[index]);
    if (digit < 0) {
      reader.pos = bit;
      return readFailure(reader, READ_BAD_CHARACTER, field);
    }
    // The digit's set bits, most significant first (weight 32 = the character's first bit), by arithmetic: a
    // table of set bits per digit would be rebuilt on every execution in GTM.
    const base = bit - offset;
    let rest = digit;
    let weight = 32;
    for (let i = 0; rest > 0; i++) {
      if (rest >= weight) {
        rest = rest - weight;
        const at = base + i;
        if (at >= bit && at < stop) ids.push(at - first + 1);
      }
      weight = weight / 2;
    }
    bit = base + 6;
  }
  reader.pos = stop;
  return success(ids);
}

function decodeRanges(reader: BitReader, maxVendorId: number, field: string): Result<number[], TcErrorCode> {
  const ranges = readRangeEntries(reader, field);
  if (!ranges.ok) return ranges;
  const ids: number[] = [];
  let ascending = true;
  let covered = 0;
  let previousEnd = 0;
  for (const range of ranges.value) {
    if (range.end > maxVendorId) {
      return failure('tc-range', 'TC string: ' + field + ' range ' + range.start + '-' + range.end + ' exceeds MaxVendorId ' + maxVendorId);
    }
    covered = covered + range.end - range.start + 1;
    if (range.start <= previousEnd) ascending = false;
    previousEnd = range.end;
  }
  // Overlapping ranges could otherwise make a short string expand to hundreds of millions of ids.
  if (covered > maxVendorId) {
    return failure('tc-range', 'TC string: ' + field + ' ranges cover ' + covered + ' ids, more than MaxVendorId ' + maxVendorId);
  }
  if (ascending) {
    for (const range of ranges.value) {
      for (let id = range.start; id <= range.end; id++) ids.push(id);
    }
    return success(ids);
  }
  const marked: boolean[] = [];
  for (let id = 0; id <= maxVendorId; id++) marked.push(false);
  for (const range of ranges.value) {
    for (let id = range.start; id <= range.end; id++) marked[id] = true;
  }
  for (let id = 1; id <= maxVendorId; id++) {
    if (marked[id]) ids.push(id);
  }
  return success(ids);
}

/** Read NumEntries and the range entries that follow (shared by vendor sections and publisher restrictions). */
export function readRangeEntries(reader: BitReader, field: string): Result<VendorRange[], TcErrorCode> {
  const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
  if (numEntries < 0) return readFailure(reader, numEntries, field + '.numEntries');
  const smallest = VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits;
  if (reader.pos + numEntries * smallest > (reader.end - reader.start) * 6) {
    return failure('tc-truncated', 'TC string: ' + field + ' declares ' + numEntries + ' entries but the segment ends at bit ' + (reader.end - reader.start) * 6);
  }
  const ranges: VendorRange[] = [];
  for (let i = 0; i < numEntries; i++) {
    const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
    if (isARange < 0) return readFailure(reader, isARange, field + '.isARange');
    const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
    if (start < 0) return readFailure(reader, start, field + '.startOrOnlyVendorId');
    let end = start;
    if (isARange === 1) {
      end = readBits(reader, VENDOR_SECTION.vendorIdBits);
      if (end < 0) return readFailure(reader, end, field + '.endVendorId');
    }
    if (start === 0 || end < start) {
      return failure('tc-range', 'TC string: ' + field + ' entry ' + (i + 1) + ' has the invalid range ' + start + '-' + end);
    }
    ranges.push({ start: start, end: end });
  }
  return success(ranges);
}

/** Decode the publisher restrictions section, keeping each restriction's ranges as encoded. */
export function decodeRestrictions(reader: BitReader): Result<PublisherRestriction[], TcErrorCode> {
  const count = readBits(reader, RESTRICTION_SECTION.numPubRestrictionsBits);
  if (count < 0) return readFailure(reader, count, 'publisherRestrictions.numPubRestrictions');
  const smallest = RESTRICTION_SECTION.purposeIdBits + RESTRICTION_SECTION.restrictionTypeBits + VENDOR_SECTION.numEntriesBits;
  if (reader.pos + count * smallest > (reader.end - reader.start) * 6) {
    return failure('tc-truncated', 'TC string: publisherRestrictions declares ' + count + ' restrictions but the segment ends at bit ' + (reader.end - reader.start) * 6);
  }
  const restrictions: PublisherRestriction[] = [];
  for (let i = 0; i < count; i++) {
    const purposeId = readBits(reader, RESTRICTION_SECTION.purposeIdBits);
    if (purposeId < 0) return readFailure(reader, purposeId, 'publisherRestrictions.purposeId');
    if (purposeId === 0) return failure('tc-restriction', 'TC string: publisher restriction ' + (i + 1) + ' names purpose 0');
    const restrictionType = readBits(reader, RESTRICTION_SECTION.restrictionTypeBits);
    if (restrictionType < 0) return readFailure(reader, restrictionType, 'publisherRestrictions.restrictionType');
    const vendors = readRangeEntries(reader, 'publisherRestrictions');
    if (!vendors.ok) return vendors;
    restrictions.push({ purposeId: purposeId, restrictionType: restrictionType, vendors: vendors.value });
  }
  return success(restrictions);
}
