/**
 * The `ct` from any TCF source: a `tcData` object, a TC string (read lazily) or a decoded one, with a registry
 * and layout of one's own if wanted. The encodings and rules are ctFromTcData's (the web tag's path): the
 * signals each layout vendor has in the source are written into one `tcData`-shaped object for it. This file
 * needs the TC-string decoder; the server client, the CLI and the tests use it, the web tag does not.
 */
import { CT_LAYOUT } from './ct-layout.ts';
import { ctFromTcData } from './ct-from-tcdata.ts';
import type { CtOptions } from './ct-from-tcdata.ts';
import type { CtErrorCode } from './ct-string.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import type { VendorSignals } from './signals.ts';
import type { TcData } from './signals-tcdata.ts';
import type { TcErrorCode } from './tc-sections.ts';
import { vendorSignals } from './vendor-decision.ts';
import type { DecisionSource } from './vendor-decision.ts';
import type { VendorNeeds } from './vendor-needs.ts';
import { VENDOR_REGISTRY, currentDeclaration, findVendor } from './vendors.ts';
import type { VendorErrorCode, VendorRegistry } from './vendors.ts';

export type { CtEncoding } from './ct-from-tcdata.ts';

export interface CtFromTcfOptions extends CtOptions {
  registry?: VendorRegistry;
}

export type CtFromTcfErrorCode = CtErrorCode | TcErrorCode | VendorErrorCode;

type IdMap = { [id: string]: boolean | number };

export function ctFromTcf(source: DecisionSource, options: CtFromTcfOptions): Result<string, CtFromTcfErrorCode> {
  const registry = options.registry === undefined ? VENDOR_REGISTRY : options.registry;
  const needs: { [vendorId: string]: VendorNeeds } = {};
  const tcData = {
    gdprApplies: undefined as boolean | undefined,
    eventStatus: undefined as string | undefined,
    purpose: { consents: {} as IdMap, legitimateInterests: {} as IdMap },
    vendor: { consents: {} as IdMap, legitimateInterests: {} as IdMap },
    specialFeatureOptins: {} as IdMap,
    publisher: { restrictions: {} as { [purposeId: string]: IdMap } },
  };
  for (const vendorId of CT_LAYOUT.vendors) {
    const vendor = findVendor(vendorId, registry);
    if (vendor === undefined) return failure('vendor-unregistered', 'vendor ' + vendorId + ' of the ct layout is not in the vendor registry');
    const signals = vendorSignals(source, vendorId);
    if (!signals.ok) return signals;
    needs['' + vendorId] = currentDeclaration(vendor);
    write(tcData, signals.value);
  }
  return success(ctFromTcData(tcData as TcData, { encoding: options.encoding, legalBases: options.legalBases, needs: needs }));
}

/** One vendor's signals into the `tcData` shape (the purpose and special-feature parts are the same for every vendor). */
function write(tcData: {
  gdprApplies: boolean | undefined; eventStatus: string | undefined;
  purpose: { consents: IdMap; legitimateInterests: IdMap }; vendor: { consents: IdMap; legitimateInterests: IdMap };
  specialFeatureOptins: IdMap; publisher: { restrictions: { [purposeId: string]: IdMap } };
}, signals: VendorSignals): void {
  const key = '' + signals.vendorId;
  tcData.gdprApplies = signals.gdprApplies;
  // A TC string has no event and is final.
  tcData.eventStatus = signals.eventStatus === undefined ? 'tcloaded' : signals.eventStatus;
  tcData.vendor.consents[key] = signals.vendorConsent;
  tcData.vendor.legitimateInterests[key] = signals.vendorLegitimateInterest;
  for (let id = 1; id < signals.purposeConsents.length; id++) {
    tcData.purpose.consents['' + id] = signals.purposeConsents[id];
    tcData.purpose.legitimateInterests['' + id] = signals.purposeLegitimateInterests[id];
    if (tcData.publisher.restrictions['' + id] === undefined) tcData.publisher.restrictions['' + id] = {};
    tcData.publisher.restrictions['' + id][key] = signals.restrictions[id];
  }
  for (let id = 1; id < signals.specialFeatureOptins.length; id++) tcData.specialFeatureOptins['' + id] = signals.specialFeatureOptins[id];
}
