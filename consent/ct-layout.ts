/**
 * The layout of INFOnline's `ct` consent string, as data (seed 002 §2.3; INFOnline's script iam.js v434, which
 * checks length = 2 + 4 × vendors; research/tcf-infonline.md §5). Adding a vendor field is a change here only.
 */
import { AGOF_VENDOR_ID, INFONLINE_VENDOR_ID } from './vendor-needs.ts';

export type CtCmp = 'none' | 'tcf' | 'other';

/** The first field: which kind of CMP produced the consent (seed 002 §2.5). */
export const CT_CMP_CODES: { readonly [cmp in CtCmp]: string } = { none: '00', tcf: '01', other: 'ff' };

export interface CtLayout {
  cmpLength: number;
  fieldLength: number;
  /** Vendor fields in the order they appear after the CMP field. */
  vendors: readonly number[];
}

export const CT_LAYOUT: CtLayout = {
  cmpLength: 2,
  fieldLength: 4,
  vendors: [INFONLINE_VENDOR_ID, AGOF_VENDOR_ID],
};

/**
 * Which bit of a vendor field carries what, by id (index 0 unused): purpose p in bit p − 1 for purposes 1..10
 * (seed 002 §2.4: 0001 = P1, 0080 = P8); special features in bits 10 and 11 (INFOnline dbs-docs table; iam.js
 * adds 2^(sf + 9)). Purpose 11 (TCF 2.2) would need bit 10 and collide with special feature 1, so it has no bit
 * (-1). Every other bit of a field (12–15) carries nothing.
 */
export const CT_PURPOSE_BITS: readonly number[] = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1];
export const CT_SPECIAL_FEATURE_BITS: readonly number[] = [-1, 10, 11];
/** Bits 0..11 carry the ids above; a field that sets any higher bit is refused. */
export const CT_USED_BITS = 12;

/** Default when nothing is known: no CMP, no consent (seed 002 §3.3). */
export const CT_DEFAULT = '0000000000';
/**
 * A TCF CMP is there but grants nothing (yet): no final event, GDPR not applying or unknown, a CMP error
 * (iam.js sends the same).
 */
export const CT_TCF_NOTHING = '0100000000';
