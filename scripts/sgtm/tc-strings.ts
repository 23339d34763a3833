/**
 * TC strings for the server client's tests, made by the IAB library (`@iabtechlabtcf/core`) from a small local
 * vendor list: INFOnline (730), agof (785, no longer on the real GVL) and three publisher vendors (a CRM 4242, an
 * analytics vendor 4243, a session-recording tool 4244). The dates are
 * fixed so the same choice always gives the same string (the scenarios in server-client/tests/setup.ts hold
 * some of them literally; test/server/tc-strings.test.ts checks that they still match).
 */
import { GVL, Segment, TCModel, TCString } from '@iabtechlabtcf/core';

type GvlJson = ConstructorParameters<typeof GVL>[0];

function vendor(id: number, name: string, purposes: number[]) {
  return {
    id, name, purposes, legIntPurposes: [], flexiblePurposes: [], specialPurposes: [], features: [], specialFeatures: [],
    policyUrl: `https://vendor-${id}.invalid/privacy`, usesCookies: true, cookieMaxAgeSeconds: 0, cookieRefresh: false, usesNonCookieAccess: false,
  };
}

function describedList(count: number) {
  const list: Record<string, { id: number; name: string; description: string; illustrations: string[] }> = {};
  for (let id = 1; id <= count; id++) list[id] = { id, name: `Item ${id}`, description: '', illustrations: [] };
  return list;
}

export const CRM_VENDOR_ID = 4242;
export const ANALYTICS_VENDOR_ID = 4243;
export const RECORDING_VENDOR_ID = 4244;

const LOCAL_GVL = {
  gvlSpecificationVersion: 3,
  vendorListVersion: 100,
  tcfPolicyVersion: 5,
  lastUpdated: '2026-01-01T00:00:00Z',
  purposes: describedList(11),
  specialPurposes: describedList(2),
  features: describedList(3),
  specialFeatures: describedList(2),
  stacks: {},
  dataCategories: {},
  vendors: {
    730: vendor(730, 'INFOnline GmbH', [1, 8]),
    785: vendor(785, 'agof studies', [1, 7, 9]),
    [CRM_VENDOR_ID]: vendor(CRM_VENDOR_ID, 'A CRM', [1]),
    [ANALYTICS_VENDOR_ID]: vendor(ANALYTICS_VENDOR_ID, 'An analytics vendor', [1, 8, 9]),
    [RECORDING_VENDOR_ID]: vendor(RECORDING_VENDOR_ID, 'A session-recording tool', [1, 5, 6]),
  },
} as unknown as GvlJson;

const gvl = new GVL(LOCAL_GVL);

export interface TcChoice {
  purposeConsents: number[];
  vendorConsents: number[];
  specialFeatureOptins?: number[];
  /** The decision's day (Created = LastUpdated), `YYYY-MM-DD`; 2026-01-01 by default. */
  decided?: string;
  /** Publisher custom purposes consented (of `numCustomPurposes`); undefined: no publisher TC segment. */
  customPurposeConsents?: number[];
  numCustomPurposes?: number;
}

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function makeTcString(choice: TcChoice): string {
  const model = new TCModel(gvl);
  model.cmpId = 10;
  model.cmpVersion = 1;
  model.publisherCountryCode = 'DE';
  const decided = choice.decided === undefined ? FIXED_DATE : new Date(`${choice.decided}T00:00:00Z`);
  model.created = decided;
  model.lastUpdated = decided;
  model.purposeConsents.set(choice.purposeConsents);
  model.vendorConsents.set(choice.vendorConsents);
  model.specialFeatureOptins.set(choice.specialFeatureOptins ?? []);
  if (choice.customPurposeConsents === undefined) return TCString.encode(model);
  model.numCustomPurposes = choice.numCustomPurposes ?? 2;
  model.publisherCustomConsents.set(choice.customPurposeConsents);
  return TCString.encode(model, { segments: [Segment.CORE, Segment.PUBLISHER_TC] });
}

/** The strings the template's scenarios use, by the name they have in server-client/tests/setup.ts. */
export const SCENARIO_TC_STRINGS: Record<string, TcChoice> = {
  tcAll: { purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785, CRM_VENDOR_ID] },
  tcInfonlineOnly: { purposeConsents: [1, 8], vendorConsents: [730] },
  tcCrmOnly: { purposeConsents: [1], vendorConsents: [CRM_VENDOR_ID] },
  tcNone: { purposeConsents: [], vendorConsents: [] },
};
