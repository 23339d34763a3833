/**
 * INFOnline's `ct` consent string: `PP` (CMP kind) + 4 hex digits per vendor of CT_LAYOUT, each a bit field of
 * purposes and special features (CT_BITS). Lower-case hex out, either case in; errors are values.
 * Format and the resolution of the seed's contradictions: docs/ct-string.md.
 */
import { CT_BITS, CT_CMP_CODES, CT_LAYOUT } from './ct-layout.ts';
import type { CtCmp, CtLayout } from './ct-layout.ts';
import { HEX_DIGITS, HEX_VALUES, POWERS_OF_TWO, hasBit } from './hex.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

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

/** Encode a `ct`. Purpose 11 is dropped (no bit of its own, see CT_BITS); other unknown ids are errors. */
export function encodeCt(ct: Ct, layout?: CtLayout): Result<string, CtErrorCode> {
  const used = layout === undefined ? CT_LAYOUT : layout;
  let out = '';
  for (const entry of CT_CMP_CODES) {
    if (entry.cmp === ct.cmp) out = entry.code;
  }
  if (out === '') return failure('ct-cmp', 'ct: unknown CMP kind "' + ct.cmp + '" (expected none, tcf or other)');
  for (const key in ct.vendors) {
    if (!layoutHasVendor(used, key)) return failure('ct-vendor', 'ct: vendor ' + key + ' has no field in the ct layout');
  }
  for (const key in ct.specialFeatures) {
    if (!layoutHasVendor(used, key)) return failure('ct-vendor', 'ct: vendor ' + key + ' has no field in the ct layout');
  }
  for (const vendorId of used.vendors) {
    const key = '' + vendorId;
    const field = encodeField(ct.vendors[key], ct.specialFeatures[key], key);
    if (!field.ok) return field;
    out = out + field.value;
  }
  return success(out);
}

/** Decode a `ct`, validating length, characters, CMP code and unused bits. */
export function decodeCt(value: unknown, layout?: CtLayout): Result<Ct, CtErrorCode> {
  const used = layout === undefined ? CT_LAYOUT : layout;
  if (typeof value !== 'string') return failure('ct-type', 'ct: expected a string, got ' + typeof value);
  const expected = ctLength(used);
  if (value.length !== expected) {
    return failure('ct-length', 'ct "' + shorten(value) + '" has ' + value.length + ' characters; expected ' + expected +
      ' (' + used.cmpLength + ' for the CMP, ' + used.fieldLength + ' per vendor: ' + used.vendors.join(', ') + ')');
  }
  for (let i = 0; i < value.length; i++) {
    if (HEX_VALUES[value[i]] === undefined) {
      return failure('ct-character', 'ct "' + value + '": character "' + value[i] + '" at position ' + i + ' is not a hex digit');
    }
  }
  const cmpCode = value.slice(0, used.cmpLength).toLowerCase();
  let cmp: CtCmp | undefined = undefined;
  for (const entry of CT_CMP_CODES) {
    if (entry.code === cmpCode) cmp = entry.cmp;
  }
  if (cmp === undefined) {
    return failure('ct-cmp', 'ct "' + value + '": CMP field "' + cmpCode + '" is not 00 (none), 01 (TCF) or ff (other)');
  }
  const ct: Ct = { cmp: cmp, vendors: {}, specialFeatures: {} };
  for (let v = 0; v < used.vendors.length; v++) {
    const start = used.cmpLength + v * used.fieldLength;
    let fieldValue = 0;
    for (let i = start; i < start + used.fieldLength; i++) fieldValue = fieldValue * 16 + (HEX_VALUES[value[i]] as number);
    const purposes: number[] = [];
    const specialFeatures: number[] = [];
    let known = 0;
    for (const entry of CT_BITS) {
      if (hasBit(fieldValue, entry.bit)) {
        known = known + POWERS_OF_TWO[entry.bit];
        if (entry.kind === 'purpose') purposes.push(entry.id);
        else specialFeatures.push(entry.id);
      }
    }
    if (known !== fieldValue) {
      return failure('ct-reserved-bits', 'ct "' + value + '": field of vendor ' + used.vendors[v] + ' ("' +
        value.slice(start, start + used.fieldLength) + '") sets bits that carry no purpose or special feature');
    }
    ct.vendors['' + used.vendors[v]] = purposes;
    ct.specialFeatures['' + used.vendors[v]] = specialFeatures;
  }
  return success(ct);
}

function encodeField(purposes: number[] | undefined, specialFeatures: number[] | undefined, vendor: string): Result<string, CtErrorCode> {
  let value = 0;
  const seen: number[] = [];
  if (purposes !== undefined) {
    for (const id of purposes) {
      if (id === 11) continue;
      const bit = bitOf('purpose', id);
      if (bit === -1) return failure('ct-purpose', 'ct: vendor ' + vendor + ': purpose ' + id + ' is not a TCF purpose (1..11)');
      if (seen.indexOf(bit) === -1) {
        seen.push(bit);
        value = value + POWERS_OF_TWO[bit];
      }
    }
  }
  if (specialFeatures !== undefined) {
    for (const id of specialFeatures) {
      const bit = bitOf('specialFeature', id);
      if (bit === -1) return failure('ct-special-feature', 'ct: vendor ' + vendor + ': special feature ' + id + ' is not a TCF special feature (1..2)');
      if (seen.indexOf(bit) === -1) {
        seen.push(bit);
        value = value + POWERS_OF_TWO[bit];
      }
    }
  }
  return success(toHex(value, 4));
}

function bitOf(kind: 'purpose' | 'specialFeature', id: number): number {
  for (const entry of CT_BITS) {
    if (entry.kind === kind && entry.id === id) return entry.bit;
  }
  return -1;
}

function layoutHasVendor(layout: CtLayout, key: string): boolean {
  for (const id of layout.vendors) {
    if ('' + id === key) return true;
  }
  return false;
}

/** Lower-case hex of a non-negative integer, left-padded with zeros to `digits`. */
export function toHex(value: number, digits: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < digits; i++) {
    const digit = rest % 16;
    out = HEX_DIGITS[digit] + out;
    rest = (rest - digit) / 16;
  }
  return out;
}

function shorten(value: string): string {
  return value.length > 40 ? value.slice(0, 40) + '…' : value;
}
