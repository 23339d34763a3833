/**
 * The layout of INFOnline's `ct` consent string, as data (seed 002 §2.3; INFOnline's script iam.js v434, which
 * checks length = 2 + 4 × vendors; research/tcf-infonline.md §5). Adding a vendor field is a change here only
 * (vendor-needs.ts then says what the new vendor needs).
 */

export type CtCmp = 'none' | 'tcf' | 'other';

/** The first field: which kind of CMP produced the consent (seed 002 §2.5). */
export const CT_CMP_CODES: { readonly [cmp in CtCmp]: string } = { none: '00', tcf: '01', other: 'ff' };

export interface CtLayout {
  cmpLength: number;
  fieldLength: number;
  /** Vendor fields in the order they appear after the CMP field: INFOnline (730), agof (785). */
  vendors: readonly number[];
}

export const CT_LAYOUT: CtLayout = { cmpLength: 2, fieldLength: 4, vendors: [730, 785] };

/**
 * What each id weighs in a vendor field, by id (index 0 unused): purpose p is bit p − 1 for purposes 1..10
 * (seed 002 §2.4: 0001 = P1, 0080 = P8); special features are bits 10 and 11 (INFOnline dbs-docs table; iam.js
 * adds 2^(sf + 9)). Purpose 11 (TCF 2.2) would need bit 10 and collide with special feature 1, so it weighs 0.
 */
export const CT_PURPOSE_WEIGHTS: readonly number[] = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 0];
export const CT_SPECIAL_FEATURE_WEIGHTS: readonly number[] = [0, 1024, 2048];
/** Bits 12–15 of a field (from 0x1000 up) carry nothing: a field that sets them is refused. */
export const CT_FIELD_LIMIT = 4096;

/** Default when nothing is known: no CMP, no consent (seed 002 §3.3). */
export const CT_DEFAULT = '0000000000';
/**
 * A TCF CMP is there but grants nothing (yet): no final event, GDPR not applying or unknown, a CMP error
 * (iam.js sends the same).
 */
export const CT_TCF_NOTHING = '0100000000';
