/**
 * Building a `ct` field by field, the one loop both `ct` builders share (ct-from-tcdata.ts, ct-from-grants.ts):
 * the CMP code, then per vendor of CT_LAYOUT the sum of the weights of the ids it is granted, in hex.
 */
import { CT_LAYOUT } from './ct-layout.ts';
import { toHex } from './hex.ts';

/** `cmpCode` followed by `field(vendorKey)` of each vendor of the layout (vendor id as a decimal string). */
export function ctOfFields(cmpCode: string, field: (vendorKey: string) => number): string {
  let ct = cmpCode;
  for (const vendorId of CT_LAYOUT.vendors) ct += toHex(field('' + vendorId), CT_LAYOUT.fieldLength);
  return ct;
}

/** The sum of `weights[id]` over the ids 1.. of `weights` that `granted` grants. */
export function weightOf(weights: readonly number[], granted: (id: number) => boolean): number {
  let field = 0;
  for (let id = 1; id < weights.length; id++) {
    if (granted(id)) field += weights[id];
  }
  return field;
}
