/** Test helper: `tcData` objects shaped like a real CMP's (every vector lists ids 1..max, true or false). */
import type { TcData } from '../../consent/signals-tcdata.ts';

export interface TcDataSpec {
  gdprApplies?: boolean | undefined;
  eventStatus?: string | undefined;
  purposeConsents?: number[];
  purposeLegitimateInterests?: number[];
  vendorConsents?: number[];
  vendorLegitimateInterests?: number[];
  /** Highest vendor id listed (with false) in the vendor vectors; 0 lists none. */
  maxVendorId?: number;
  specialFeatureOptins?: number[];
  restrictions?: { [purposeId: string]: { [vendorId: string]: number } };
  useNonStandardStacks?: boolean;
}

function vector(ids: number[], max: number): { [id: string]: boolean } {
  const out: { [id: string]: boolean } = {};
  for (let id = 1; id <= max; id++) out[String(id)] = ids.includes(id);
  for (const id of ids) out[String(id)] = true;
  return out;
}

export function tcData(spec: TcDataSpec): TcData {
  const maxVendorId = spec.maxVendorId ?? 785;
  const data: TcData = {
    tcString: 'CQ…',
    gdprApplies: 'gdprApplies' in spec ? spec.gdprApplies : true,
    eventStatus: 'eventStatus' in spec ? spec.eventStatus : 'useractioncomplete',
    cmpStatus: 'loaded',
    tcfPolicyVersion: 4,
    purpose: { consents: vector(spec.purposeConsents ?? [], 11), legitimateInterests: vector(spec.purposeLegitimateInterests ?? [], 11) },
    vendor: {
      consents: vector(spec.vendorConsents ?? [], maxVendorId),
      legitimateInterests: vector(spec.vendorLegitimateInterests ?? [], maxVendorId),
    },
    specialFeatureOptins: vector(spec.specialFeatureOptins ?? [], 2),
    publisher: { consents: {}, legitimateInterests: {}, restrictions: spec.restrictions ?? {} },
  };
  if (spec.useNonStandardStacks === undefined) data.useNonStandardTexts = false;
  else data.useNonStandardStacks = spec.useNonStandardStacks;
  return data;
}
