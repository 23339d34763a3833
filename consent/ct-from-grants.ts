/**
 * The `ct` for consent that did not come from a TCF CMP (Google Consent Mode, another CMP): CMP field `ff`
 * (seed 002 §2.5) and the purposes granted per vendor id of CT_LAYOUT. minimal keeps only the purposes each
 * vendor needs (vendor-needs.ts); compatible keeps them all, as iam.js would. Purpose 11 is dropped and
 * duplicates count once, as in encodeCt; an id outside 1..11 is an error; vendors without a field are not read.
 */
import { CT_CMP_CODES, CT_LAYOUT, CT_PURPOSE_WEIGHTS } from './ct-layout.ts';
import { withIds } from './ct-string.ts';
import type { CtErrorCode } from './ct-string.ts';
import type { CtEncoding } from './ct-from-tcdata.ts';
import { toHex } from './hex.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import { VENDOR_NEEDS } from './vendor-needs.ts';

export function ctFromGrants(grants: { [vendorId: string]: readonly number[] | undefined }, options: { encoding: CtEncoding }): Result<string, CtErrorCode> {
  let ct = CT_CMP_CODES.other;
  for (const vendorId of CT_LAYOUT.vendors) {
    const granted = grants['' + vendorId] || [];
    const needs = VENDOR_NEEDS['' + vendorId];
    const needed = needs === undefined ? [] : needs.purposes.concat(needs.legIntPurposes) as readonly number[];
    if (withIds(0, granted, CT_PURPOSE_WEIGHTS) < 0) return failure('ct-purpose', 'ct: vendor ' + vendorId + ': purposes ' + granted.join(',') + ' are not all in 1..11');
    const kept = granted.filter((id) => options.encoding === 'compatible' || needed.indexOf(id) !== -1);
    ct = ct + toHex(withIds(0, kept, CT_PURPOSE_WEIGHTS), CT_LAYOUT.fieldLength);
  }
  return success(ct);
}
