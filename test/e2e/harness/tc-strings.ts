/**
 * TC strings made by the maintained IAB library (`@iabtechlabtcf/core`), from a small local vendor list, for
 * browser tests. Vendor 785 (agof) is not on today's GVL, so the local list declares it; the IAB encoder strips
 * vendors that the GVL does not know.
 */
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';

type GvlJson = ConstructorParameters<typeof GVL>[0];

function vendor(id: number, name: string, purposes: number[]) {
  return {
    id,
    name,
    purposes,
    legIntPurposes: [],
    flexiblePurposes: [],
    specialPurposes: [],
    features: [],
    specialFeatures: [],
    policyUrl: `https://vendor-${id}.invalid/privacy`,
    usesCookies: true,
    cookieMaxAgeSeconds: 0,
    cookieRefresh: false,
    usesNonCookieAccess: false,
  };
}

function describedList(count: number) {
  const list: Record<string, { id: number; name: string; description: string; illustrations: string[] }> = {};
  for (let id = 1; id <= count; id++) list[id] = { id, name: `Item ${id}`, description: '', illustrations: [] };
  return list;
}

export const LOCAL_GVL = {
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
  },
} as unknown as GvlJson;

export interface TcChoice {
  purposeConsents: number[];
  vendorConsents: number[];
  specialFeatureOptins?: number[];
}

export function makeTcString(choice: TcChoice): string {
  const model = new TCModel(new GVL(LOCAL_GVL));
  model.cmpId = 10;
  model.cmpVersion = 1;
  model.publisherCountryCode = 'DE';
  model.purposeConsents.set(choice.purposeConsents);
  model.vendorConsents.set(choice.vendorConsents);
  model.specialFeatureOptins.set(choice.specialFeatureOptins ?? []);
  return TCString.encode(model);
}
