/**
 * Consent choices for the tests through the local server, and an oracle that says what each vendor may receive,
 * written from the rules in docs/server-client.md (not from the client's code): the ct speaks for 730 and 785,
 * the TC string (with gdpr=1) for every vendor, the stricter wins, no signal means nothing, and a route needs
 * all its purposes.
 */
import { encodeCt } from '../../consent/index.ts';
import { VENDOR_SPECS, type VendorSpec } from '../../scripts/sgtm/stack.ts';
import type { Received } from '../../scripts/sgtm/sinks.ts';
import { ANALYTICS_VENDOR_ID, CRM_VENDOR_ID, makeTcString, RECORDING_VENDOR_ID, type TcChoice } from '../../scripts/sgtm/tc-strings.ts';

export interface ConsentChoice {
  name: string;
  /** Purposes per vendor in the ct (730, 785); undefined: no ct sent. */
  ct?: { 730: number[]; 785: number[] };
  tc?: TcChoice;
  gdpr?: '0' | '1';
}

export const CT_CHOICES: Record<string, ConsentChoice['ct']> = {
  'no ct': undefined,
  'ct all': { 730: [1, 8], 785: [1, 7, 9] },
  'ct INFOnline only': { 730: [1, 8], 785: [] },
  'ct nothing': { 730: [], 785: [] },
};

export const TC_CHOICES: Record<string, TcChoice | undefined> = {
  'no TC string': undefined,
  'TC all': { purposeConsents: [1, 5, 6, 7, 8, 9], vendorConsents: [730, 785, CRM_VENDOR_ID, ANALYTICS_VENDOR_ID, RECORDING_VENDOR_ID] },
  'TC INFOnline and CRM': { purposeConsents: [1, 8], vendorConsents: [730, CRM_VENDOR_ID] },
  'TC analytics without purpose 9': { purposeConsents: [1, 8], vendorConsents: [ANALYTICS_VENDOR_ID, RECORDING_VENDOR_ID] },
  'TC nothing': { purposeConsents: [], vendorConsents: [] },
};

const tcCache = new Map<string, string>();
export function tcStringOf(choice: TcChoice): string {
  const key = JSON.stringify(choice);
  let made = tcCache.get(key);
  if (made === undefined) {
    made = makeTcString(choice);
    tcCache.set(key, made);
  }
  return made;
}

export function ctStringOf(ct: NonNullable<ConsentChoice['ct']>): string {
  const encoded = encodeCt({ cmp: 'tcf', vendors: { 730: ct[730], 785: ct[785] }, specialFeatures: {} });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
}

/** The consent parameters of a hit for `choice`. */
export function consentParameters(choice: ConsentChoice): Record<string, string> {
  const out: Record<string, string> = {};
  if (choice.ct !== undefined) out.ct = ctStringOf(choice.ct);
  if (choice.tc !== undefined) out.gdpr_consent = tcStringOf(choice.tc);
  if (choice.gdpr !== undefined) out.gdpr = choice.gdpr;
  return out;
}

/** Whether `vendor` may receive a hit made with `choice`. */
export function permitted(choice: ConsentChoice, vendor: VendorSpec): boolean {
  let granted: number[] | undefined;
  if (choice.ct !== undefined && (vendor.vendorId === 730 || vendor.vendorId === 785)) granted = choice.ct[vendor.vendorId];
  if (choice.tc !== undefined) {
    const tc = choice.gdpr === '1' && choice.tc.vendorConsents.includes(vendor.vendorId) ? choice.tc.purposeConsents : [];
    granted = granted === undefined ? tc : granted.filter((p) => tc.includes(p));
  }
  return granted !== undefined && vendor.purposes.every((p) => granted.includes(p));
}

/** The vendors `choice` lets receive a hit, by name. */
export function permittedVendors(choice: ConsentChoice): string[] {
  return VENDOR_SPECS.filter((v) => permitted(choice, v)).map((v) => v.name);
}

/** The hit fields a sink received, read back from the path placeholders, the query string or the JSON body. */
export function fieldsOf(received: Received, vendor: VendorSpec): Record<string, string> {
  const out: Record<string, string> = {};
  const url = new URL(received.url, 'http://sink');
  const pattern = vendor.path.split('/');
  const actual = url.pathname.split('/');
  pattern.forEach((part, i) => {
    if (part.startsWith('{') && part.endsWith('}')) out[part.slice(1, -1)] = decodeURIComponent(actual[i] ?? '');
  });
  for (const [key, value] of url.searchParams) out[key] = value;
  if (received.body !== '') Object.assign(out, JSON.parse(received.body) as Record<string, string>);
  return out;
}

/** What `vendor` should receive of `hit`: its listed fields that the hit carries. */
export function expectedFields(hit: Record<string, string>, vendor: VendorSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of vendor.fields) if (hit[field] !== undefined) out[field] = hit[field];
  return out;
}

/** The id a received forward carries: `cp` for the INFOnline and agof routes, `uid` for the others. */
export function idOf(received: Received, vendor: VendorSpec): string | undefined {
  const fields = fieldsOf(received, vendor);
  return vendor.fields.includes('uid') ? fields.uid : fields.cp;
}

/** Seeded PRNG (mulberry32), the runner's own. */
export { seededRandom as seeded } from '../../packages/gtm-template-test-runner/src/apis/pure/random-time.ts';
