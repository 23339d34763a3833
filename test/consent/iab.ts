/**
 * Test helpers around @iabtechlabtcf/core (dev only; never in the templates): the local vendor list, a seeded
 * TC model arbitrary, and the library's decode turned into our TcString shape so the two compare field by field.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { GVL, PurposeRestriction, TCModel, TCString } from '@iabtechlabtcf/core';
import type { Vector } from '@iabtechlabtcf/core';
import type { TcString } from '../../consent/tc-string.ts';

export const vendorListJson: unknown = JSON.parse(readFileSync(new URL('../fixtures/vendor-list.json', import.meta.url), 'utf8'));

/** One GVL for every model (building it costs milliseconds). */
export const gvl = new GVL(vendorListJson as ConstructorParameters<typeof GVL>[0]);

export const gvlVendorIds: number[] = Object.keys(gvl.vendors).map(Number).sort((a, b) => a - b);

export interface ModelSpec {
  cmpId: number;
  cmpVersion: number;
  consentScreen: number;
  publisherCountryCode: string;
  isServiceSpecific: boolean;
  useNonStandardTexts: boolean;
  purposeOneTreatment: boolean;
  created: number;
  lastUpdated: number;
  specialFeatureOptins: number[];
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  vendorsDisclosed: number[];
  restrictions: { purposeId: number; restrictionType: 0 | 1 | 2; vendors: number[] }[];
  publisherConsents: number[];
  publisherLegitimateInterests: number[];
  numCustomPurposes: number;
  publisherCustomConsents: number[];
  publisherCustomLegitimateInterests: number[];
}

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const ids = (max: number) => fc.uniqueArray(fc.integer({ min: 1, max }), { maxLength: max });

/** Vendor sets: empty, a few (range encoding wins), dense runs (either), random halves (bit field wins). */
const vendorSet = fc.oneof(
  fc.constant<number[]>([]),
  fc.uniqueArray(fc.constantFrom(...gvlVendorIds), { maxLength: 8 }),
  fc.tuple(fc.integer({ min: 1, max: 770 }), fc.integer({ min: 0, max: 300 })).map(([start, length]) => gvlVendorIds.filter((id) => id >= start && id <= start + length)),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => gvlVendorIds.filter((id) => ((id * 2654435761 + seed) >>> 0) % 3 === 0)),
  fc.constant<number[]>([730, 785]),
);

const day = 24 * 3600 * 1000;

export const modelSpec: fc.Arbitrary<ModelSpec> = fc.record({
  cmpId: fc.integer({ min: 2, max: 4095 }),
  cmpVersion: fc.integer({ min: 0, max: 4095 }),
  consentScreen: fc.integer({ min: 0, max: 63 }),
  publisherCountryCode: fc.tuple(letter, letter).map(([a, b]) => a + b),
  isServiceSpecific: fc.boolean(),
  useNonStandardTexts: fc.boolean(),
  purposeOneTreatment: fc.boolean(),
  created: fc.integer({ min: 18000, max: 21000 }).map((d) => d * day),
  lastUpdated: fc.integer({ min: 18000 * 864000, max: 21000 * 864000 }).map((ds) => ds * 100),
  specialFeatureOptins: ids(2),
  purposeConsents: ids(11),
  purposeLegitimateInterests: ids(11),
  vendorConsents: vendorSet,
  vendorLegitimateInterests: vendorSet,
  vendorsDisclosed: vendorSet,
  restrictions: fc.array(fc.record({
    purposeId: fc.integer({ min: 1, max: 11 }),
    restrictionType: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
    vendors: fc.oneof(fc.uniqueArray(fc.constantFrom(...gvlVendorIds), { maxLength: 6 }), vendorSet),
  }), { maxLength: 3 }),
  publisherConsents: ids(11),
  publisherLegitimateInterests: ids(11),
  numCustomPurposes: fc.integer({ min: 0, max: 12 }),
  publisherCustomConsents: ids(12),
  publisherCustomLegitimateInterests: ids(12),
});

/** Build the model and let the library encode it. */
export function encodeWithLibrary(spec: ModelSpec): string {
  const model = new TCModel(gvl);
  model.cmpId = spec.cmpId;
  model.cmpVersion = spec.cmpVersion;
  model.consentScreen = spec.consentScreen;
  model.publisherCountryCode = spec.publisherCountryCode;
  model.isServiceSpecific = spec.isServiceSpecific;
  model.useNonStandardTexts = spec.useNonStandardTexts;
  model.purposeOneTreatment = spec.purposeOneTreatment;
  model.created = new Date(spec.created);
  model.lastUpdated = new Date(spec.lastUpdated);
  model.specialFeatureOptins.set(spec.specialFeatureOptins);
  model.purposeConsents.set(spec.purposeConsents);
  model.purposeLegitimateInterests.set(spec.purposeLegitimateInterests);
  model.vendorConsents.set(spec.vendorConsents);
  model.vendorLegitimateInterests.set(spec.vendorLegitimateInterests);
  model.vendorsDisclosed.set(spec.vendorsDisclosed);
  for (const restriction of spec.restrictions) {
    const purposeRestriction = new PurposeRestriction(restriction.purposeId, restriction.restrictionType);
    for (const id of restriction.vendors) model.publisherRestrictions.add(id, purposeRestriction);
  }
  model.publisherConsents.set(spec.publisherConsents);
  model.publisherLegitimateInterests.set(spec.publisherLegitimateInterests);
  model.numCustomPurposes = spec.numCustomPurposes;
  model.publisherCustomConsents.set(spec.publisherCustomConsents.filter((id) => id <= spec.numCustomPurposes));
  model.publisherCustomLegitimateInterests.set(spec.publisherCustomLegitimateInterests.filter((id) => id <= spec.numCustomPurposes));
  return TCString.encode(model);
}

function setIds(vector: Vector): number[] {
  const out: number[] = [];
  vector.forEach((value, id) => {
    if (value) out.push(id);
  });
  return out.sort((a, b) => a - b);
}

/** What both decoders are compared on: every field, restrictions as "purpose/type" -> vendor ids. */
export interface Comparable {
  fields: { [name: string]: unknown };
  restrictions: { [purposeAndType: string]: number[] };
}

export function libraryDecode(tc: string): Comparable {
  const model = TCString.decode(tc);
  const restrictions: { [key: string]: number[] } = {};
  for (const restriction of model.publisherRestrictions.getRestrictions()) {
    const vendors = model.publisherRestrictions.getVendors(restriction).sort((a, b) => a - b);
    if (vendors.length > 0) restrictions[restriction.purposeId + '/' + restriction.restrictionType] = vendors;
  }
  return {
    fields: {
      version: model.version,
      created: model.created.getTime(),
      lastUpdated: model.lastUpdated.getTime(),
      cmpId: model.cmpId,
      cmpVersion: model.cmpVersion,
      consentScreen: model.consentScreen,
      consentLanguage: model.consentLanguage,
      vendorListVersion: model.vendorListVersion,
      policyVersion: model.policyVersion,
      isServiceSpecific: model.isServiceSpecific,
      useNonStandardTexts: model.useNonStandardTexts,
      specialFeatureOptins: setIds(model.specialFeatureOptins),
      purposeConsents: setIds(model.purposeConsents),
      purposeLegitimateInterests: setIds(model.purposeLegitimateInterests),
      purposeOneTreatment: model.purposeOneTreatment,
      publisherCountryCode: model.publisherCountryCode,
      vendorConsents: setIds(model.vendorConsents),
      vendorLegitimateInterests: setIds(model.vendorLegitimateInterests),
      disclosedVendors: setIds(model.vendorsDisclosed),
      allowedVendors: setIds(model.vendorsAllowed),
      publisherConsents: setIds(model.publisherConsents),
      publisherLegitimateInterests: setIds(model.publisherLegitimateInterests),
      numCustomPurposes: model.numCustomPurposes,
      publisherCustomConsents: setIds(model.publisherCustomConsents),
      publisherCustomLegitimateInterests: setIds(model.publisherCustomLegitimateInterests),
    },
    restrictions,
  };
}

export function ourComparable(decoded: TcString): Comparable {
  const restrictions: { [key: string]: number[] } = {};
  for (const restriction of decoded.publisherRestrictions) {
    const key = restriction.purposeId + '/' + restriction.restrictionType;
    const vendors = new Set(restrictions[key] ?? []);
    for (const range of restriction.vendors) {
      for (let id = range.start; id <= range.end; id++) vendors.add(id);
    }
    if (vendors.size > 0) restrictions[key] = [...vendors].sort((a, b) => a - b);
  }
  const { publisherRestrictions: _restrictions, segments: _segments, ...fields } = decoded;
  return { fields, restrictions };
}
