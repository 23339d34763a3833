/**
 * "Which signals does the TC string carry for vendor V?" without decoding the string: the fixed core fields are
 * read at their offsets; in a bit-field vendor section the reader jumps to V's bit; a range section is scanned
 * entry by entry; the publisher restrictions are scanned for V. Cost grows with what is asked (and with the
 * number of range entries before the answer), not with the length of the string.
 *
 * Two readers: tc-vendor-bits.ts answers in one pass over the characters and gives up on anything unusual;
 * `readVendorSignals` below reads field by field and names the first problem. `tcStringVendorSignals` asks the
 * first and turns to the second only when it gives up, so answers and errors are the second's.
 *
 * Validation is as lazy as the reading: the version, every character read and the presence of every bit read are
 * checked (a section that would run past the core segment is `tc-truncated`); characters that are never read are
 * not. `decodeTcString` validates everything.
 */
import { bitReader, peekBit, readBits } from './bit-reader.ts';
import type { BitReader } from './bit-reader.ts';
import { MAX_PURPOSE_ID, MAX_SPECIAL_FEATURE_ID } from './purpose-ids.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import { POWERS_OF_TWO } from './hex.ts';
import { combineRestriction, noRestrictions, RESTRICTION_NOT_ALLOWED } from './signals.ts';
import type { VendorSignals } from './signals.ts';
import { CORE_OFFSETS, RESTRICTION_SECTION, TC_STRING_VERSION, VENDOR_SECTION } from './tc-fields.ts';
import { readFailure } from './tc-sections.ts';
import type { TcErrorCode } from './tc-sections.ts';
import { checkTcStringInput } from './tc-string.ts';
import { scanVendorBits } from './tc-vendor-bits.ts';
import type { TcVendorBits } from './tc-vendor-bits.ts';

export function tcStringVendorSignals(tc: unknown, vendorId: number, gdprApplies: boolean | undefined): Result<VendorSignals, TcErrorCode> {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const bits = scanVendorBits(input.value, vendorId);
  if (bits === undefined) return readVendorSignals(input.value, vendorId, gdprApplies);
  return success(signalsFromBits(bits, vendorId, gdprApplies));
}

/** The VendorSignals shape of what scanVendorBits read. */
export function signalsFromBits(bits: TcVendorBits, vendorId: number, gdprApplies: boolean | undefined): VendorSignals {
  return {
    vendorId: vendorId,
    gdprApplies: gdprApplies,
    eventStatus: undefined,
    useNonStandardTexts: bits.textsAndFeatures >= 4,
    purposeConsents: flagsOf(bits.purposeConsents, MAX_PURPOSE_ID),
    purposeLegitimateInterests: flagsOf(bits.purposeLegitimateInterests, MAX_PURPOSE_ID),
    specialFeatureOptins: [false, bits.textsAndFeatures % 4 >= 2, bits.textsAndFeatures % 2 === 1],
    vendorConsent: bits.vendorConsent,
    vendorLegitimateInterest: bits.vendorLegitimateInterest,
    vendorListed: bits.vendorConsent || bits.vendorLegitimateInterest,
    restrictions: bits.restrictions === undefined ? noRestrictions() : bits.restrictions,
  };
}

/** Flags 1..count (index 0 unused, count ≤ 11) of a `count`-bit value whose first flag is its highest bit. */
function flagsOf(value: number, count: number): boolean[] {
  const flags = [false, false, false, false, false, false, false, false, false, false, false, false];
  let weight = POWERS_OF_TWO[count - 1];
  let rest = value;
  for (let id = 1; id <= count; id++) {
    if (rest >= weight) {
      flags[id] = true;
      rest = rest - weight;
    }
    weight = weight / 2;
  }
  return flags;
}

/** Outcome of a read inside this module: the value, or a negative READ_* code. */
interface SectionAnswer {
  /** 1 when the vendor's bit is set, 0 otherwise, or a READ_* code (negative). */
  has: number;
}

/** The step-by-step reader: slower than scanVendorBits, and names the first problem it meets. */
export function readVendorSignals(tc: unknown, vendorId: number, gdprApplies: boolean | undefined): Result<VendorSignals, TcErrorCode> {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  // The core segment's end is not searched for: reading a '.' or past the end is reported as truncation.
  const reader = bitReader(input.value, 0, input.value.length);
  const version = readBits(reader, 6);
  if (version < 0) return readFailure(reader, version, 'version');
  if (version !== TC_STRING_VERSION) {
    return failure('tc-version', 'TC string: version ' + version + ' is not supported (expected ' + TC_STRING_VERSION + ')');
  }
  // Only what TCF 2.2 defines is read: UseNonStandardTexts with the two special features (bits 139-141, one
  // character), and purposes 1-11 of each 24-bit purpose field.
  reader.pos = CORE_OFFSETS.useNonStandardTexts;
  const textsAndFeatures = readBits(reader, 1 + MAX_SPECIAL_FEATURE_ID);
  if (textsAndFeatures < 0) return readFailure(reader, textsAndFeatures, 'useNonStandardTexts');
  const specialFeatureOptins = [false, textsAndFeatures % 4 >= 2, textsAndFeatures % 2 === 1];
  const purposeConsents = readFlags(reader, CORE_OFFSETS.purposeConsents, MAX_PURPOSE_ID);
  if (purposeConsents === undefined) return readFailure(reader, readBits(reader, MAX_PURPOSE_ID), 'purposeConsents');
  const purposeLegitimateInterests = readFlags(reader, CORE_OFFSETS.purposeLegitimateInterests, MAX_PURPOSE_ID);
  if (purposeLegitimateInterests === undefined) return readFailure(reader, readBits(reader, MAX_PURPOSE_ID), 'purposeLegitimateInterests');

  reader.pos = CORE_OFFSETS.vendorConsents;
  const answer: SectionAnswer = { has: 0 };
  const consentError = vendorInSection(reader, vendorId, answer, 'vendorConsents');
  if (consentError !== undefined) return consentError;
  const vendorConsent = answer.has === 1;
  const liError = vendorInSection(reader, vendorId, answer, 'vendorLegitimateInterests');
  if (liError !== undefined) return liError;
  const vendorLegitimateInterest = answer.has === 1;
  const restrictions = restrictionsFor(reader, vendorId);
  if (!restrictions.ok) return restrictions;
  return success({
    vendorId: vendorId,
    gdprApplies: gdprApplies,
    eventStatus: undefined,
    useNonStandardTexts: textsAndFeatures >= 4,
    purposeConsents: purposeConsents,
    purposeLegitimateInterests: purposeLegitimateInterests,
    specialFeatureOptins: specialFeatureOptins,
    vendorConsent: vendorConsent,
    vendorLegitimateInterest: vendorLegitimateInterest,
    vendorListed: vendorConsent || vendorLegitimateInterest,
    restrictions: restrictions.value,
  });
}

/** Flags 1..count (count ≤ 11; index 0 unused) of the bit field at `offset`; undefined when the read fails (pos left at offset). */
function readFlags(reader: BitReader, offset: number, count: number): boolean[] | undefined {
  reader.pos = offset;
  const value = readBits(reader, count);
  if (value < 0) {
    reader.pos = offset;
    return undefined;
  }
  return flagsOf(value, count);
}

/**
 * Answer whether `vendorId`'s bit is set in the vendor section at the reader's position and leave the reader just
 * past the section. Returns an error, or undefined when `answer` holds the result.
 */
function vendorInSection(reader: BitReader, vendorId: number, answer: SectionAnswer, field: string): Result<never, TcErrorCode> | undefined {
  // MaxVendorId and IsRangeEncoding in one read; on failure, read them apart to name the field that failed.
  const head = readBits(reader, VENDOR_SECTION.maxVendorIdBits + VENDOR_SECTION.isRangeEncodingBits);
  if (head < 0) {
    const max = readBits(reader, VENDOR_SECTION.maxVendorIdBits);
    if (max < 0) return readFailure(reader, max, field + '.maxVendorId');
    return readFailure(reader, readBits(reader, VENDOR_SECTION.isRangeEncodingBits), field + '.isRangeEncoding');
  }
  const isRange = head % 2;
  const maxVendorId = (head - isRange) / 2;
  answer.has = 0;
  if (isRange === 0) {
    const first = reader.pos;
    if (maxVendorId > 0) {
      // The section's last bit must exist even when V's bit is earlier: a truncated section is an error.
      const last = peekBit(reader, first + maxVendorId - 1);
      if (last < 0) {
        reader.pos = first + maxVendorId - 1;
        return readFailure(reader, last, field);
      }
    }
    if (vendorId >= 1 && vendorId <= maxVendorId) {
      const bit = peekBit(reader, first + vendorId - 1);
      if (bit < 0) {
        reader.pos = first + vendorId - 1;
        return readFailure(reader, bit, field);
      }
      answer.has = bit;
    }
    reader.pos = first + maxVendorId;
    return undefined;
  }
  const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
  if (numEntries < 0) return readFailure(reader, numEntries, field + '.numEntries');
  for (let i = 0; i < numEntries; i++) {
    const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
    if (isARange < 0) return readFailure(reader, isARange, field + '.isARange');
    if (answer.has === 1) {
      // Answer known: the rest of the section only has to be stepped over, checking that its bits exist.
      const skip = isARange === 1 ? 2 * VENDOR_SECTION.vendorIdBits : VENDOR_SECTION.vendorIdBits;
      const last = peekBit(reader, reader.pos + skip - 1);
      if (last < 0) return readFailure(reader, last, field + '.startOrOnlyVendorId');
      reader.pos = reader.pos + skip;
      continue;
    }
    const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
    if (start < 0) return readFailure(reader, start, field + '.startOrOnlyVendorId');
    let end = start;
    if (isARange === 1) {
      end = readBits(reader, VENDOR_SECTION.vendorIdBits);
      if (end < 0) return readFailure(reader, end, field + '.endVendorId');
    } else if (start === vendorId && start !== 0 && start <= maxVendorId) {
      answer.has = 1;
      continue;
    }
    if (start === 0 || end < start || end > maxVendorId) {
      return failure('tc-range', 'TC string: ' + field + ' entry ' + (i + 1) + ' has the invalid range ' + start + '-' + end);
    }
    if (vendorId >= start && vendorId <= end) answer.has = 1;
  }
  return undefined;
}

function restrictionsFor(reader: BitReader, vendorId: number): Result<number[], TcErrorCode> {
  const restrictions = noRestrictions();
  const count = readBits(reader, RESTRICTION_SECTION.numPubRestrictionsBits);
  if (count < 0) return readFailure(reader, count, 'publisherRestrictions.numPubRestrictions');
  for (let i = 0; i < count; i++) {
    const purposeId = readBits(reader, RESTRICTION_SECTION.purposeIdBits);
    if (purposeId < 0) return readFailure(reader, purposeId, 'publisherRestrictions.purposeId');
    if (purposeId === 0) return failure('tc-restriction', 'TC string: publisher restriction ' + (i + 1) + ' names purpose 0');
    const type = readBits(reader, RESTRICTION_SECTION.restrictionTypeBits);
    if (type < 0) return readFailure(reader, type, 'publisherRestrictions.restrictionType');
    const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
    if (numEntries < 0) return readFailure(reader, numEntries, 'publisherRestrictions.numEntries');
    for (let e = 0; e < numEntries; e++) {
      const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
      if (isARange < 0) return readFailure(reader, isARange, 'publisherRestrictions.isARange');
      const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
      if (start < 0) return readFailure(reader, start, 'publisherRestrictions.startOrOnlyVendorId');
      let end = start;
      if (isARange === 1) {
        end = readBits(reader, VENDOR_SECTION.vendorIdBits);
        if (end < 0) return readFailure(reader, end, 'publisherRestrictions.endVendorId');
      }
      if (start === 0 || end < start) {
        return failure('tc-range', 'TC string: publisherRestrictions entry ' + (e + 1) + ' has the invalid range ' + start + '-' + end);
      }
      if (purposeId <= MAX_PURPOSE_ID && vendorId >= start && vendorId <= end) {
        restrictions[purposeId] = combineRestriction(restrictions[purposeId], type === 3 ? RESTRICTION_NOT_ALLOWED : type);
      }
    }
  }
  return success(restrictions);
}
