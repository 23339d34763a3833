/**
 * The layout of INFOnline's `ct` consent string, as data (seed 002 §2.3; INFOnline's script iam.js v434, which
 * checks length = 2 + 4 × vendors; research/tcf-infonline.md §5). Adding a vendor field is a change here only.
 */
import { AGOF_VENDOR_ID, INFONLINE_VENDOR_ID } from './vendors.ts';

export type CtCmp = 'none' | 'tcf' | 'other';

/** The first field: which kind of CMP produced the consent (seed 002 §2.5). */
export const CT_CMP_CODES: readonly { cmp: CtCmp; code: string }[] = [
  { cmp: 'none', code: '00' },
  { cmp: 'tcf', code: '01' },
  { cmp: 'other', code: 'ff' },
];

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
 * Which bit of a vendor field carries what: purpose p in bit p − 1 for purposes 1..10 (seed 002 §2.4: 0001 = P1,
 * 0080 = P8); special features in bits 10 and 11 (INFOnline dbs-docs table; iam.js adds 2^(sf + 9)).
 * Purpose 11 (TCF 2.2) would need bit 10 and collide with special feature 1, so it has no bit.
 */
export const CT_BITS: readonly { kind: 'purpose' | 'specialFeature'; id: number; bit: number }[] = [
  { kind: 'purpose', id: 1, bit: 0 },
  { kind: 'purpose', id: 2, bit: 1 },
  { kind: 'purpose', id: 3, bit: 2 },
  { kind: 'purpose', id: 4, bit: 3 },
  { kind: 'purpose', id: 5, bit: 4 },
  { kind: 'purpose', id: 6, bit: 5 },
  { kind: 'purpose', id: 7, bit: 6 },
  { kind: 'purpose', id: 8, bit: 7 },
  { kind: 'purpose', id: 9, bit: 8 },
  { kind: 'purpose', id: 10, bit: 9 },
  { kind: 'specialFeature', id: 1, bit: 10 },
  { kind: 'specialFeature', id: 2, bit: 11 },
];

/** Default when nothing is known: no CMP, no consent (seed 002 §3.3). */
export const CT_DEFAULT = '0000000000';
