/**
 * The `ct` for consent that did not come from a TCF CMP (Google Consent Mode, another CMP): CMP field `ff`
 * (seed 002 §2.5) and the purposes granted per vendor id of CT_LAYOUT. minimal keeps only the purposes each
 * vendor needs (vendor-needs.ts); compatible keeps them all, as iam.js would. Only ids with a bit are read
 * (purposes 1..10, CT_PURPOSE_WEIGHTS): purpose 11 and anything else carry nothing and are left out, duplicates
 * count once, vendors without a field are not read.
 */
import { ctOfFields, weightOf } from './ct-fields.ts';
import { CT_CMP_CODES, CT_PURPOSE_WEIGHTS } from './ct-layout.ts';
import type { CtEncoding } from './ct-from-tcdata.ts';
import { VENDOR_NEEDS, needsPurpose } from './vendor-needs.ts';

export function ctFromGrants(grants: { [vendorId: string]: readonly number[] | undefined }, options: { encoding: CtEncoding }): string {
  return ctOfFields(CT_CMP_CODES.other, (key) => {
    const needs = VENDOR_NEEDS[key];
    const granted = grants[key] || [];
    return weightOf(CT_PURPOSE_WEIGHTS, (id) => granted.indexOf(id) !== -1 && (options.encoding === 'compatible' || (needs !== undefined && needsPurpose(needs, id))));
  });
}
