/**
 * The TC string's segments and fields as data (Consent string and vendor list formats v2, "TC String Format",
 * "Core String", "Disclosed Vendors", "Publisher Purposes Transparency and Consent"; research/tcf-infonline.md
 * §2). The decoder walks these tables; nothing about the layout lives in code.
 */

/**
 * int: unsigned integer; bool: one bit; time: deciseconds since the epoch, returned in milliseconds;
 * letters: two 6-bit letters (a=0 … z=25), returned upper case; ids: a fixed bit field, bit i = id i + 1,
 * returned as the list of set ids; customIds: an `ids` field whose length is the value of `lengthFrom`;
 * vendors: a vendor section (MaxVendorId, IsRangeEncoding, bit field or range entries);
 * restrictions: the publisher restrictions section.
 */
export type TcFieldKind = 'int' | 'bool' | 'time' | 'letters' | 'ids' | 'customIds' | 'vendors' | 'restrictions';

export interface TcField {
  name: string;
  kind: TcFieldKind;
  /** Width in bits for fixed-width kinds; 0 for variable ones. */
  bits: number;
  /** For `customIds`: the field holding the number of ids. */
  lengthFrom?: string;
}

export const CORE_FIELDS: readonly TcField[] = [
  { name: 'version', kind: 'int', bits: 6 },
  { name: 'created', kind: 'time', bits: 36 },
  { name: 'lastUpdated', kind: 'time', bits: 36 },
  { name: 'cmpId', kind: 'int', bits: 12 },
  { name: 'cmpVersion', kind: 'int', bits: 12 },
  { name: 'consentScreen', kind: 'int', bits: 6 },
  { name: 'consentLanguage', kind: 'letters', bits: 12 },
  { name: 'vendorListVersion', kind: 'int', bits: 12 },
  { name: 'policyVersion', kind: 'int', bits: 6 },
  { name: 'isServiceSpecific', kind: 'bool', bits: 1 },
  { name: 'useNonStandardTexts', kind: 'bool', bits: 1 },
  { name: 'specialFeatureOptins', kind: 'ids', bits: 12 },
  { name: 'purposeConsents', kind: 'ids', bits: 24 },
  { name: 'purposeLegitimateInterests', kind: 'ids', bits: 24 },
  { name: 'purposeOneTreatment', kind: 'bool', bits: 1 },
  { name: 'publisherCountryCode', kind: 'letters', bits: 12 },
  { name: 'vendorConsents', kind: 'vendors', bits: 0 },
  { name: 'vendorLegitimateInterests', kind: 'vendors', bits: 0 },
  { name: 'publisherRestrictions', kind: 'restrictions', bits: 0 },
];

/** Bit offsets of the fixed-width core fields, which a per-vendor query reads directly. */
export const CORE_OFFSETS = {
  version: 0,
  lastUpdated: 42,
  consentLanguage: 108,
  policyVersion: 132,
  useNonStandardTexts: 139,
  specialFeatureOptins: 140,
  purposeConsents: 152,
  purposeLegitimateInterests: 176,
  publisherCountryCode: 201,
  vendorConsents: 213,
} as const;

/** The version this decoder reads (TCF v2.x). */
export const TC_STRING_VERSION = 2;

/** Bits of the SegmentType that starts every segment but the core one. */
export const SEGMENT_TYPE_BITS = 3;

export type TcSegmentName = 'disclosedVendors' | 'allowedVendors' | 'publisherTC';

export const SEGMENTS: readonly { type: number; name: TcSegmentName; fields: readonly TcField[] }[] = [
  { type: 1, name: 'disclosedVendors', fields: [{ name: 'disclosedVendors', kind: 'vendors', bits: 0 }] },
  /** Legacy out-of-band segment, removed from the spec with global scope; still decoded for old strings. */
  { type: 2, name: 'allowedVendors', fields: [{ name: 'allowedVendors', kind: 'vendors', bits: 0 }] },
  {
    type: 3,
    name: 'publisherTC',
    fields: [
      { name: 'publisherConsents', kind: 'ids', bits: 24 },
      { name: 'publisherLegitimateInterests', kind: 'ids', bits: 24 },
      { name: 'numCustomPurposes', kind: 'int', bits: 6 },
      { name: 'publisherCustomConsents', kind: 'customIds', bits: 0, lengthFrom: 'numCustomPurposes' },
      { name: 'publisherCustomLegitimateInterests', kind: 'customIds', bits: 0, lengthFrom: 'numCustomPurposes' },
    ],
  },
];

/** Vendor sections (String spec, "Vendor Consent Section"). */
export const VENDOR_SECTION = {
  maxVendorIdBits: 16,
  isRangeEncodingBits: 1,
  numEntriesBits: 12,
  isARangeBits: 1,
  vendorIdBits: 16,
} as const;

/** Publisher restrictions (String spec, "Publisher Restrictions Section"). */
export const RESTRICTION_SECTION = {
  numPubRestrictionsBits: 12,
  purposeIdBits: 6,
  restrictionTypeBits: 2,
} as const;

/**
 * Upper bound on a TC string's length. The largest meaningful string (two bitfields of 65,535 vendors plus a
 * disclosed-vendors bitfield) is about 33,000 characters; anything longer is refused before any work.
 */
export const MAX_TC_STRING_LENGTH = 65536;
