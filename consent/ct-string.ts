/**
 * INFOnline's `ct` consent string: `PP` (CMP kind) + 4 hex digits per vendor of CT_LAYOUT, each a bit field of
 * purposes and special features (CT_PURPOSE_WEIGHTS, CT_SPECIAL_FEATURE_WEIGHTS). Lower-case hex out, either case
 * in; errors are values, with short messages (the web tag compiles `validateCt` and `ctGrants` in). Format and the
 * resolution of the seed's contradictions: docs/ct-string.md.
 */
import { CT_CMP_CODES, CT_FIELD_LIMIT, CT_LAYOUT, CT_PURPOSE_WEIGHTS, CT_SPECIAL_FEATURE_WEIGHTS } from './ct-layout.ts';
import type { CtCmp, CtLayout } from './ct-layout.ts';
import { hasWeight, hexValue, toHex } from './hex.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

export { toHex } from './hex.ts';

/** A decoded `ct`: purposes and special features per vendor id (as a decimal string key). */
export interface Ct {
  cmp: CtCmp;
  vendors: { [vendorId: string]: number[] };
  specialFeatures: { [vendorId: string]: number[] };
}

/** `ct-invalid` is validateCt's one code; decodeCt and encodeCt name the fault. */
export type CtErrorCode =
  | 'ct-invalid'
  | 'ct-type'
  | 'ct-length'
  | 'ct-character'
  | 'ct-cmp'
  | 'ct-reserved-bits'
  | 'ct-vendor'
  | 'ct-purpose'
  | 'ct-special-feature';

const ALL_CMPS: readonly CtCmp[] = ['none', 'tcf', 'other'];

/** Number of characters a `ct` has under `layout` (10 for CT_LAYOUT). */
export function ctLength(layout: CtLayout): number {
  return layout.cmpLength + layout.fieldLength * layout.vendors.length;
}

/**
 * A valid `ct` in lower case, whose CMP kind is one of `cmps` (all by default): a consent cookie may hold any; a
 * `ct` set by hand only `none` or `other` (`01` would claim a TCF CMP that never spoke). The quick check the web
 * tag compiles in, with one message; `decodeCt` names the exact fault. test/consent/ct-string.test.ts keeps the
 * two in agreement.
 */
export function validateCt(value: unknown, cmps?: readonly CtCmp[]): Result<string, CtErrorCode> {
  const ct = typeof value === 'string' ? value.toLowerCase() : '';
  const codes = (cmps || ALL_CMPS).map((cmp) => CT_CMP_CODES[cmp]);
  let valid = ct.length === ctLength(CT_LAYOUT) && codes.indexOf(ct.slice(0, CT_LAYOUT.cmpLength)) !== -1;
  for (let i = 0; i < ct.length; i++) valid = valid && hexValue(ct[i]) !== -1;
  for (let v = 0; v < CT_LAYOUT.vendors.length; v++) valid = valid && fieldValue(ct, v) < CT_FIELD_LIMIT;
  if (valid) return success(ct);
  return failure('ct-invalid', 'ct "' + value + '" is not 10 hex digits with CMP ' + codes.join(' or ') + ' and bits 12-15 clear');
}

/** Whether `ct` is valid and grants `purpose` to `vendorId`. */
export function ctGrants(ct: string, vendorId: number, purpose: number): boolean {
  const index = CT_LAYOUT.vendors.indexOf(vendorId);
  return validateCt(ct).ok && index !== -1 && hasWeight(fieldValue(ct, index), CT_PURPOSE_WEIGHTS[purpose]);
}

/**
 * Check a `ct` without decoding it: the CMP kind of a well-formed one, or its fault named exactly (type, length,
 * character, CMP code, unused bits). For a caller that reads one vendor's purposes (`ctPurposesFor`) rather than
 * all of them: decoding builds objects keyed by vendor id, and V8 gives an object a ~9 KB array on its first
 * index key below ~1,100 (`'730'`), twice per `ct`, which a server decoding every hit pays per request.
 */
export function checkCt(value: unknown): Result<CtCmp, CtErrorCode> {
  if (typeof value !== 'string') return failure('ct-type', 'ct: not a string but ' + typeof value);
  const length = ctLength(CT_LAYOUT);
  if (value.length !== length) return failure('ct-length', 'ct "' + value.slice(0, 40) + '": ' + value.length + ' characters, expected ' + length);
  for (let i = 0; i < length; i++) {
    if (hexValue(value[i]) === -1) return failure('ct-character', 'ct "' + value + '": "' + value[i] + '" at ' + i + ' is not hex');
  }
  const code = value.slice(0, CT_LAYOUT.cmpLength).toLowerCase();
  let cmp: CtCmp | undefined = undefined;
  for (const candidate of ALL_CMPS) {
    if (CT_CMP_CODES[candidate] === code) cmp = candidate;
  }
  if (cmp === undefined) return failure('ct-cmp', 'ct "' + value + '": CMP "' + code + '" is not 00, 01 or ff');
  for (let v = 0; v < CT_LAYOUT.vendors.length; v++) {
    if (fieldValue(value, v) >= CT_FIELD_LIMIT) return failure('ct-reserved-bits', 'ct "' + value + '": vendor ' + CT_LAYOUT.vendors[v] + ' sets unused bits');
  }
  return success(cmp);
}

/** Decode a `ct`; a fault is named exactly, as by `checkCt`. */
export function decodeCt(value: unknown): Result<Ct, CtErrorCode> {
  const checked = checkCt(value);
  if (!checked.ok) return checked;
  const text = value as string;
  const ct: Ct = { cmp: checked.value, vendors: {}, specialFeatures: {} };
  for (let v = 0; v < CT_LAYOUT.vendors.length; v++) {
    const field = fieldValue(text, v);
    const key = '' + CT_LAYOUT.vendors[v];
    ct.vendors[key] = idsOf(field, CT_PURPOSE_WEIGHTS);
    ct.specialFeatures[key] = idsOf(field, CT_SPECIAL_FEATURE_WEIGHTS);
  }
  return success(ct);
}

/**
 * The purposes a `ct` that passed `checkCt` grants `vendorId` (as `decodeCt(ct).vendors[vendorId]`), or undefined
 * for a vendor without a field in the layout.
 */
export function ctPurposesFor(ct: string, vendorId: number): number[] | undefined {
  const index = CT_LAYOUT.vendors.indexOf(vendorId);
  return index === -1 ? undefined : idsOf(fieldValue(ct, index), CT_PURPOSE_WEIGHTS);
}

/** Encode a `ct`. Purpose 11 is dropped (it weighs 0, see CT_PURPOSE_WEIGHTS); other unknown ids are errors. */
export function encodeCt(ct: Ct): Result<string, CtErrorCode> {
  let out = CT_CMP_CODES[ct.cmp];
  if (typeof out !== 'string') return failure('ct-cmp', 'ct: CMP "' + ct.cmp + '" is not none, tcf or other');
  for (const table of [ct.vendors, ct.specialFeatures]) {
    for (const key in table) {
      if (CT_LAYOUT.vendors.map((id) => '' + id).indexOf(key) === -1) return failure('ct-vendor', 'ct: vendor ' + key + ' has no field');
    }
  }
  for (const vendorId of CT_LAYOUT.vendors) {
    const key = '' + vendorId;
    const purposes = withIds(0, ct.vendors[key] || [], CT_PURPOSE_WEIGHTS);
    if (purposes < 0) return failure('ct-purpose', 'ct: vendor ' + key + ': purposes ' + ct.vendors[key].join(',') + ' are not all in 1..11');
    const field = withIds(purposes, ct.specialFeatures[key] || [], CT_SPECIAL_FEATURE_WEIGHTS);
    if (field < 0) return failure('ct-special-feature', 'ct: vendor ' + key + ': special features ' + ct.specialFeatures[key].join(',') + ' are not all in 1..2');
    out = out + toHex(field, CT_LAYOUT.fieldLength);
  }
  return success(out);
}

/** `field` with the weight of each of `ids` added once, or -1 when an id has no entry in `weights`. */
export function withIds(field: number, ids: readonly number[], weights: readonly number[]): number {
  let value = field;
  for (const id of ids) {
    if (!(id >= 1) || typeof weights[id] !== 'number') return -1;
    if (!hasWeight(value, weights[id])) value = value + weights[id];
  }
  return value;
}

/** The value of vendor field `index` of a `ct` whose characters are hex digits. */
function fieldValue(ct: string, index: number): number {
  let value = 0;
  for (let i = 0; i < CT_LAYOUT.fieldLength; i++) value = value * 16 + hexValue(ct[CT_LAYOUT.cmpLength + index * CT_LAYOUT.fieldLength + i]);
  return value;
}

/** The ids whose weight is set in `field`, ascending. */
function idsOf(field: number, weights: readonly number[]): number[] {
  const ids: number[] = [];
  for (let id = 1; id < weights.length; id++) {
    if (hasWeight(field, weights[id])) ids.push(id);
  }
  return ids;
}
