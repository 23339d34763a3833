/**
 * The `ct` for consent that did not come from a TCF CMP (Google Consent Mode, another CMP): CMP field `ff`
 * (seed 002 §2.5) and the purposes granted per vendor id of CT_LAYOUT. minimal keeps only the purposes each
 * vendor needs (vendor-needs.ts); compatible keeps them all, as iam.js would. Only ids with a bit are read
 * (purposes 1..10, CT_PURPOSE_WEIGHTS): purpose 11 and anything else carry nothing and are left out, duplicates
 * count once, vendors without a field are not read.
 */
import { CT_CMP_CODES, CT_LAYOUT, CT_PURPOSE_WEIGHTS } from './ct-layout.ts';
import type { CtEncoding } from './ct-from-tcdata.ts';
import { toHex } from './hex.ts';
import { VENDOR_NEEDS, needsPurpose } from './vendor-needs.ts';

export function ctFromGrants(grants: { [vendorId: string]: readonly number[] | undefined }, options: { encoding: CtEncoding }): string {
  let ct = CT_CMP_CODES.other;
  for (const vendorId of CT_LAYOUT.vendors) {
    const granted = grants['' + vendorId] || [];
    const needs = VENDOR_NEEDS['' + vendorId];
    let field = 0;
    for (let id = 1; id < CT_PURPOSE_WEIGHTS.length; id++) {
      const needed = options.encoding === 'compatible' || (needs !== undefined && needsPurpose(needs, id));
      if (needed && granted.indexOf(id) !== -1) field = field + CT_PURPOSE_WEIGHTS[id];
    }
    ct = ct + toHex(field, CT_LAYOUT.fieldLength);
  }
  return ct;
}
