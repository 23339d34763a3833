/**
 * INFOnline's `ct` consent string: `PP` (CMP kind) + 4 hex digits per vendor of CT_LAYOUT, each a bit field of
 * purposes and special features (CT_PURPOSE_BITS, CT_SPECIAL_FEATURE_BITS). Lower-case hex out, either case in;
 * errors are values, with short messages (the web tag compiles `validateCt` and `ctGrants` in). Format and the
 * resolution of the seed's contradictions: docs/ct-string.md.
 */
import { CT_CMP_CODES, CT_LAYOUT, CT_PURPOSE_BITS, CT_SPECIAL_FEATURE_BITS, CT_USED_BITS } from './ct-layout.ts';
import type { CtCmp, CtLayout } from './ct-layout.ts';
import { POWERS_OF_TWO, hasBit, hexValue, toHex } from './hex.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

export { toHex } from './hex.ts';

/** A decoded `ct`: purposes and special features per vendor id (as a decimal string key). */
export interface Ct {
  cmp: CtCmp;
  vendors: { [vendorId: string]: number[] };
  specialFeatures: { [vendorId: string]: number[] };
}

export type CtErrorCode =
  | 'ct-type'
  | 'ct-length'
  | 'ct-character'
  | 'ct-cmp'
  | 'ct-reserved-bits'
  | 'ct-vendor'
  | 'ct-purpose'
  | 'ct-special-feature';

/** Number of characters a `ct` has under `layout` (10 for the default layout). */
export function ctLength(layout: CtLayout): number {
  return layout.cmpLength + layout.fieldLength * layout.vendors.length;
}

/**
 * A valid `ct` in lower case, whose CMP kind is one of `cmps` (all by default): a consent cookie may hold any; a
 * `ct` set by hand only `none` or `other` (`01` would claim a TCF CMP that never spoke).
 */
export function validateCt(value: unknown, cmps?: readonly CtCmp[], layout?: CtLayout): Result<string, CtErrorCode> {
  const used = layout === undefined ? CT_LAYOUT : layout;
  if (typeof value !== 'string') return failure('ct-type', 'ct: not a string but ' + typeof value);
  const length = ctLength(used);
  if (value.length !== length) return failure('ct-length', 'ct "' + value.slice(0, 40) + '": ' + value.length + ' characters, expected ' + length);
  for (let i = 0; i < length; i++) {
    if (hexValue(value[i]) === -1) return failure('ct-character', 'ct "' + value + '": "' + value[i] + '" at ' + i + ' is not hex');
  }
  const ct = value.toLowerCase();
  const codes: string[] = [];
  for (const cmp of cmps === undefined ? ['none', 'tcf', 'other'] as const : cmps) codes.push(CT_CMP_CODES[cmp]);
  if (codes.indexOf(ct.slice(0, used.cmpLength)) === -1) return failure('ct-cmp', 'ct "' + value + '": CMP "' + ct.slice(0, used.cmpLength) + '" is not ' + codes.join(' or '));
  for (let v = 0; v < used.vendors.length; v++) {
    if (fieldValue(ct, v, used) >= POWERS_OF_TWO[CT_USED_BITS]) return failure('ct-reserved-bits', 'ct "' + value + '": vendor ' + used.vendors[v] + ' sets unused bits');
  }
  return success(ct);
}

/** Whether `ct` is valid and grants `purpose` to `vendorId`. */
export function ctGrants(ct: string, vendorId: number, purpose: number): boolean {
  const index = CT_LAYOUT.vendors.indexOf(vendorId);
  const bit = CT_PURPOSE_BITS[purpose];
  return validateCt(ct).ok && index !== -1 && bit >= 0 && hasBit(fieldValue(ct, index, CT_LAYOUT), bit);
}

/** Decode a `ct`, validating length, characters, CMP code and unused bits. */
export function decodeCt(value: unknown, layout?: CtLayout): Result<Ct, CtErrorCode> {
  const used = layout === undefined ? CT_LAYOUT : layout;
  const valid = validateCt(value, undefined, used);
  if (!valid.ok) return valid;
  const code = valid.value.slice(0, used.cmpLength);
  const ct: Ct = { cmp: code === CT_CMP_CODES.tcf ? 'tcf' : code === CT_CMP_CODES.other ? 'other' : 'none', vendors: {}, specialFeatures: {} };
  for (let v = 0; v < used.vendors.length; v++) {
    const field = fieldValue(valid.value, v, used);
    ct.vendors['' + used.vendors[v]] = idsOf(field, CT_PURPOSE_BITS);
    ct.specialFeatures['' + used.vendors[v]] = idsOf(field, CT_SPECIAL_FEATURE_BITS);
  }
  return success(ct);
}

/** Encode a `ct`. Purpose 11 is dropped (no bit of its own, see CT_PURPOSE_BITS); other unknown ids are errors. */
export function encodeCt(ct: Ct, layout?: CtLayout): Result<string, CtErrorCode> {
  const used = layout === undefined ? CT_LAYOUT : layout;
  let out = CT_CMP_CODES[ct.cmp];
  if (typeof out !== 'string') return failure('ct-cmp', 'ct: CMP "' + ct.cmp + '" is not none, tcf or other');
  for (const table of [ct.vendors, ct.specialFeatures]) {
    for (const key in table) {
      if (!layoutHasVendor(used, key)) return failure('ct-vendor', 'ct: vendor ' + key + ' has no field');
    }
  }
  for (const vendorId of used.vendors) {
    const key = '' + vendorId;
    const purpose = unknownId(ct.vendors[key], CT_PURPOSE_BITS);
    if (purpose !== undefined) return failure('ct-purpose', 'ct: purpose ' + purpose + ' of vendor ' + key + ' is not 1..11');
    const feature = unknownId(ct.specialFeatures[key], CT_SPECIAL_FEATURE_BITS);
    if (feature !== undefined) return failure('ct-special-feature', 'ct: special feature ' + feature + ' of vendor ' + key + ' is not 1..2');
    out = out + toHex(addBits(addBits(0, ct.vendors[key], CT_PURPOSE_BITS), ct.specialFeatures[key], CT_SPECIAL_FEATURE_BITS), used.fieldLength);
  }
  return success(out);
}

/** The first of `ids` without an entry in `bits` (purpose 11 has one: -1, no bit), or undefined. */
export function unknownId(ids: readonly number[] | undefined, bits: readonly number[]): number | undefined {
  if (ids !== undefined) {
    for (const id of ids) {
      if (!(id >= 1) || typeof bits[id] !== 'number') return id;
    }
  }
  return undefined;
}

/** `field` plus the bits of `ids`, each once; an id without a bit (purpose 11) adds nothing. */
export function addBits(field: number, ids: readonly number[] | undefined, bits: readonly number[]): number {
  let value = field;
  if (ids !== undefined) {
    for (const id of ids) {
      if (bits[id] >= 0 && !hasBit(value, bits[id])) value = value + POWERS_OF_TWO[bits[id]];
    }
  }
  return value;
}

/** The value of vendor field `index` of a `ct` of valid characters. */
function fieldValue(ct: string, index: number, layout: CtLayout): number {
  const start = layout.cmpLength + index * layout.fieldLength;
  let value = 0;
  for (let i = start; i < start + layout.fieldLength; i++) value = value * 16 + hexValue(ct[i]);
  return value;
}

/** The ids whose bit is set in `field`, ascending. */
function idsOf(field: number, bits: readonly number[]): number[] {
  const ids: number[] = [];
  for (let id = 1; id < bits.length; id++) {
    if (bits[id] >= 0 && hasBit(field, bits[id])) ids.push(id);
  }
  return ids;
}

function layoutHasVendor(layout: CtLayout, key: string): boolean {
  for (const id of layout.vendors) {
    if ('' + id === key) return true;
  }
  return false;
}
