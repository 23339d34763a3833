/**
 * TC string decoder: every segment and field, walked from the tables in tc-fields.ts. Errors are values; a
 * string is either decoded completely or refused with the first problem found.
 */
import { base64urlValue } from './base64url.ts';
import { bitReader, readBits } from './bit-reader.ts';
import type { BitReader } from './bit-reader.ts';
import { CORE_FIELDS, MAX_TC_STRING_LENGTH, SEGMENTS, SEGMENT_TYPE_BITS, TC_STRING_VERSION } from './tc-fields.ts';
import type { TcField, TcSegmentName } from './tc-fields.ts';
import { decodeRestrictions, decodeVendorSection, readFailure } from './tc-sections.ts';
import type { PublisherRestriction, TcErrorCode } from './tc-sections.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

export type { PublisherRestriction, TcErrorCode, VendorRange } from './tc-sections.ts';

/** A decoded TC string. Id lists are ascending; segments that are absent leave their lists empty. */
export interface TcString {
  version: number;
  /** Milliseconds since the epoch (the string stores deciseconds). */
  created: number;
  lastUpdated: number;
  cmpId: number;
  cmpVersion: number;
  consentScreen: number;
  consentLanguage: string;
  vendorListVersion: number;
  policyVersion: number;
  isServiceSpecific: boolean;
  useNonStandardTexts: boolean;
  specialFeatureOptins: number[];
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  purposeOneTreatment: boolean;
  publisherCountryCode: string;
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  publisherRestrictions: PublisherRestriction[];
  /** Segments present besides the core one, in the order met. */
  segments: TcSegmentName[];
  disclosedVendors: number[];
  allowedVendors: number[];
  publisherConsents: number[];
  publisherLegitimateInterests: number[];
  numCustomPurposes: number;
  publisherCustomConsents: number[];
  publisherCustomLegitimateInterests: number[];
}

type FieldValue = number | boolean | string | number[] | PublisherRestriction[];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Checks that need no decoding: type and length. */
export function checkTcStringInput(tc: unknown): Result<string, TcErrorCode> {
  if (typeof tc !== 'string') return failure('tc-type', 'TC string: expected a string, got ' + typeof tc);
  if (tc.length === 0) return failure('tc-empty', 'TC string: empty');
  if (tc.length > MAX_TC_STRING_LENGTH) {
    return failure('tc-too-long', 'TC string: ' + tc.length + ' characters, more than the ' + MAX_TC_STRING_LENGTH + ' any valid string needs');
  }
  return success(tc);
}

export function decodeTcString(tc: unknown): Result<TcString, TcErrorCode> {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const text = input.value;
  const out: TcString = {
    version: 0, created: 0, lastUpdated: 0, cmpId: 0, cmpVersion: 0, consentScreen: 0, consentLanguage: '',
    vendorListVersion: 0, policyVersion: 0, isServiceSpecific: false, useNonStandardTexts: false,
    specialFeatureOptins: [], purposeConsents: [], purposeLegitimateInterests: [], purposeOneTreatment: false,
    publisherCountryCode: '', vendorConsents: [], vendorLegitimateInterests: [], publisherRestrictions: [],
    segments: [], disclosedVendors: [], allowedVendors: [], publisherConsents: [], publisherLegitimateInterests: [],
    numCustomPurposes: 0, publisherCustomConsents: [], publisherCustomLegitimateInterests: [],
  };
  const fields = out as unknown as { [name: string]: FieldValue };
  let start = 0;
  let segment = 0;
  while (start <= text.length) {
    let end = text.indexOf('.', start);
    if (end === -1) end = text.length;
    if (end === start) return failure('tc-segment', 'TC string: segment ' + (segment + 1) + ' is empty (at position ' + start + ')');
    const checked = checkCharacters(text, start, end);
    if (!checked.ok) return checked;
    const reader = bitReader(text, start, end);
    if (segment === 0) {
      const version = readBits(reader, CORE_FIELDS[0].bits);
      if (version < 0) return readFailure(reader, version, 'version');
      if (version !== TC_STRING_VERSION) {
        return failure('tc-version', 'TC string: version ' + version + ' is not supported (expected ' + TC_STRING_VERSION + ')');
      }
      reader.pos = 0;
      const core = readFields(reader, CORE_FIELDS, fields);
      if (!core.ok) return core;
    } else {
      const type = readBits(reader, SEGMENT_TYPE_BITS);
      if (type < 0) return readFailure(reader, type, 'segmentType');
      const known = segmentOfType(type);
      if (known === undefined) return failure('tc-segment', 'TC string: segment ' + (segment + 1) + ' has the unknown SegmentType ' + type);
      if (out.segments.indexOf(known.name) !== -1) return failure('tc-segment', 'TC string: segment ' + known.name + ' appears twice');
      out.segments.push(known.name);
      const decoded = readFields(reader, known.fields, fields);
      if (!decoded.ok) return decoded;
    }
    segment = segment + 1;
    start = end + 1;
  }
  return success(out);
}

/** The segment table's entry for a segment type, or undefined for an unknown type. */
export function segmentOfType(type: number): (typeof SEGMENTS)[number] | undefined {
  for (const segment of SEGMENTS) {
    if (segment.type === type) return segment;
  }
  return undefined;
}

function checkCharacters(text: string, start: number, end: number): Result<true, TcErrorCode> {
  for (let i = start; i < end; i++) {
    if (base64urlValue(text[i]) < 0) {
      return failure('tc-character', 'TC string: character "' + text[i] + '" at position ' + i + ' is not base64url');
    }
  }
  return success(true);
}

function readFields(reader: BitReader, table: readonly TcField[], out: { [name: string]: FieldValue }): Result<true, TcErrorCode> {
  for (const field of table) {
    const value = readField(reader, field, out);
    if (!value.ok) return value;
    out[field.name] = value.value;
  }
  return success(true);
}

function readField(reader: BitReader, field: TcField, out: { [name: string]: FieldValue }): Result<FieldValue, TcErrorCode> {
  if (field.kind === 'vendors') return decodeVendorSection(reader, field.name);
  if (field.kind === 'restrictions') return decodeRestrictions(reader);
  let bits = field.bits;
  if (field.kind === 'customIds') {
    const length = out[field.lengthFrom === undefined ? '' : field.lengthFrom];
    bits = typeof length === 'number' ? length : 0;
  }
  if (field.kind === 'ids' || field.kind === 'customIds') return readIds(reader, bits, field.name);
  const value = readBits(reader, bits);
  if (value < 0) return readFailure(reader, value, field.name);
  if (field.kind === 'bool') return success(value === 1);
  if (field.kind === 'time') return success(value * 100);
  if (field.kind === 'letters') {
    const second = value % 64;
    const first = (value - second) / 64;
    if (first > 25 || second > 25) {
      return failure('tc-letters', 'TC string: ' + field.name + ' holds letter values ' + first + ' and ' + second + ' (expected 0..25)');
    }
    return success(LETTERS[first] + LETTERS[second]);
  }
  return success(value);
}

/** A fixed bit field as the list of set ids (bit i = id i + 1). */
function readIds(reader: BitReader, bits: number, name: string): Result<number[], TcErrorCode> {
  const ids: number[] = [];
  let id = 1;
  let left = bits;
  while (left > 0) {
    const take = left < 24 ? left : 24;
    const value = readBits(reader, take);
    if (value < 0) return readFailure(reader, value, name);
    let weight = 1;
    for (let i = 1; i < take; i++) weight = weight * 2;
    let rest = value;
    for (let i = 0; i < take; i++) {
      if (rest >= weight) {
        ids.push(id + i);
        rest = rest - weight;
      }
      weight = weight / 2;
    }
    id = id + take;
    left = left - take;
  }
  return success(ids);
}
