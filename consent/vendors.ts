/**
 * The vendor registry: each vendor's Global Vendor List declarations over time, with the snapshot each was read
 * from (research/tcf-infonline.md §4.7). The last declaration is the one in force; older ones stay as evidence of
 * what CMPs may still carry. The purposes a vendor needs are the purposes its current declaration names.
 * Documentation, tests, the CLI and the server client's routing use it; the web tag compiles in only the
 * declarations in force (vendor-needs.ts).
 */
import { AGOF_VENDOR_ID, INFONLINE_VENDOR_ID } from './vendor-needs.ts';
import type { VendorNeeds } from './vendor-needs.ts';

export { AGOF_VENDOR_ID, INFONLINE_VENDOR_ID, neededPurposes } from './vendor-needs.ts';
export type { LegalBasisChoice, VendorNeeds } from './vendor-needs.ts';

export interface VendorDeclaration extends VendorNeeds {
  /** Where the declaration was read: a GVL snapshot. */
  source: string;
  /** The snapshot's date (ISO; month precision where the day is not known). */
  date: string;
  specialPurposes: readonly number[];
  /** Set when the GVL marks the vendor deleted. */
  deletedDate?: string;
}

export interface Vendor {
  id: number;
  name: string;
  /** Oldest first; the last entry is in force. */
  declarations: readonly VendorDeclaration[];
}

/**
 * The registered vendors, built when asked for: GTM runs a template's top level at every execution, and the
 * server client needs them only when it parses its configuration (once per configuration, not per request), so a
 * top-level table would be built per request for nothing. The `@__PURE__` constants below are for TypeScript
 * callers; a bundle that does not use them leaves them out.
 */
export function registeredVendors(): readonly Vendor[] {
  const infonline: Vendor = {
    id: INFONLINE_VENDOR_ID,
    name: 'INFOnline GmbH',
    declarations: [
      {
        source: 'GVL v2 #45 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v45.json)',
        date: '2020-07-02',
        purposes: [1], legIntPurposes: [8], flexiblePurposes: [8], specialPurposes: [], specialFeatures: [],
      },
      {
        source: 'GVL v2 #50-#51 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v50.json)',
        date: '2020-08',
        purposes: [], legIntPurposes: [8], flexiblePurposes: [8], specialPurposes: [], specialFeatures: [],
      },
      {
        source: 'GVL v2 #224; INFOnline "Legal implications": purpose 1 added 2021-11-24, consent required from 2021-12-01',
        date: '2023-11-16',
        purposes: [1, 8], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [], specialFeatures: [2],
      },
      {
        source: 'GVL v3 #45 (vendor-list.json, vendorListVersion 45)',
        date: '2024-03-21',
        purposes: [1, 8], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [], specialFeatures: [2],
      },
    ],
  };
  const agof: Vendor = {
    id: AGOF_VENDOR_ID,
    name: 'agof studies',
    declarations: [
      {
        source: 'GVL v2 #46 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v46.json), "agof - daily digital facts"',
        date: '2020-07',
        purposes: [1, 9], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [1], specialFeatures: [],
      },
      {
        source: 'GVL v2 #47 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v47.json): purpose 9 briefly flexible',
        date: '2020-07',
        purposes: [1, 9], legIntPurposes: [], flexiblePurposes: [9], specialPurposes: [1], specialFeatures: [],
      },
      {
        source: 'GVL v2 #50-#51 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v50.json)',
        date: '2020-08',
        purposes: [1, 9], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [1], specialFeatures: [],
      },
      {
        source: 'GVL v2 #224: "agof studies", deleted 2023-04-04; absent from GVL v3 #7, #17, #45; INFOnline seed §2.5 (purposes 1, 7, 9)',
        date: '2023-11-16',
        purposes: [1, 7, 9], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [1], specialFeatures: [],
        deletedDate: '2023-04-04',
      },
    ],
  };
  return [infonline, agof];
}

export const VENDORS: readonly Vendor[] = /* @__PURE__ */ registeredVendors();

export type VendorErrorCode = 'vendor-unregistered';

/** Vendors by id (decimal string), for a lookup that does not grow with the registry. */
export type VendorRegistry = { readonly [vendorId: string]: Vendor | undefined };

export function registryOf(vendors: readonly Vendor[]): VendorRegistry {
  const registry: { [vendorId: string]: Vendor } = {};
  for (const vendor of vendors) registry['' + vendor.id] = vendor;
  return registry;
}

/** The default registry: the registered vendors by id, built when asked for (see `registeredVendors`). */
export function vendorRegistry(): VendorRegistry {
  return registryOf(registeredVendors());
}

export const VENDOR_REGISTRY: VendorRegistry = /* @__PURE__ */ registryOf(VENDORS);

/** The registry entry for `id`, or undefined. */
export function findVendor(id: number, registry: VendorRegistry): Vendor | undefined {
  return registry['' + id];
}

/** The declaration in force: the last one. */
export function currentDeclaration(vendor: Vendor): VendorDeclaration {
  return vendor.declarations[vendor.declarations.length - 1];
}
