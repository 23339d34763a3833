/**
 * INFOnline's `ct` consent string, the part the web tag needs: `PP` (who decided: 00 nobody, 01 a TCF CMP,
 * ff another CMP) + one 4-hex field per vendor, a bit field (purpose p in bit p - 1, special features in bits
 * 10-11). docs/ct-string.md has the format.
 *
 * Why not `consent/`'s `ctFromTcf` / `decodeCt`: compiled into the tag they bring the vendor registry's history,
 * the purpose names, their error texts and (through `decision.ts` -> `tc-view.ts`) the TC-string decoder's
 * tables, about 18 KB, while the tag's code must stay within 8 KB. This file applies the same rules to a `tcData`
 * object only, with the vendors' current needs as a table; test/template/ct.test.ts checks it against
 * `ctFromTcf` and `decodeCt` on seeded random inputs, so the consent core stays the reference.
 * Pure: no GTM API, so the Node tests import it directly.
 */
import type { TcData } from '../consent/index.ts';

export type CtEncoding = 'minimal' | 'compatible';
export type LegalBasis = 'consent' | 'legitimateInterest';
export type CtResult = { ok: true; value: string } | { ok: false; error: { code: 'ct-invalid'; message: string } };

/** Nothing known: no CMP, no consent (seed 002 §3.3). */
export const CT_DEFAULT = '0000000000';
/** A TCF CMP is there but grants nothing (yet): GDPR not applying or unknown, a CMP error (as iam.js does). */
export const CT_TCF_NOTHING = '0100000000';

const HEX = '0123456789abcdef';
const BITS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048];

/**
 * The vendor fields after `PP`, in order (consent/ct-layout.ts), with the purposes each needs, all declared on
 * consent (consent/vendors.ts, current declarations). With legitimate interest chosen for 730,
 * purpose 8 moves to it and purpose 1 stays on consent, as `withLegalBasis` does (TCF 2.2 allows no other).
 */
const VENDORS = [
  { id: 730, purposes: [1, 8] },
  { id: 785, purposes: [1, 7, 9] },
];
const RESTRICTION_TYPES = [0, 1, 2, 3];

type Flags = { [id: string]: unknown } | undefined;

function flag(map: Flags, id: string | number): boolean {
  return typeof map === 'object' && map !== null && map['' + id] === true;
}

function hex4(value: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < 4; i++) {
    out = HEX.charAt(rest % 16) + out;
    rest = (rest - (rest % 16)) / 16;
  }
  return out;
}

function onLegitimateInterest(vendor: number, purpose: number, basis730: LegalBasis): boolean {
  return vendor === 730 && purpose === 8 && basis730 === 'legitimateInterest';
}

/**
 * The `ct` for a final `tcData` (tcloaded / useractioncomplete); `01` + zeros unless GDPR applies.
 * minimal: each purpose the vendor needs, with the vendor's and the purpose's signal on its legal basis and no
 * publisher restriction against that basis (1 requires consent, 2 LI; 0 and 3 forbid) (consent/decision.ts).
 * compatible: what iam.js v434 sends: for a vendor with consent or LI, every purpose the visitor consented to
 * (with LI also those with LI transparency) and the special features in bits 10-11.
 */
export function ctFromTcData(tcData: TcData, encoding: CtEncoding, basis730: LegalBasis): string {
  if (tcData.gdprApplies !== true) return CT_TCF_NOTHING;
  const purposes = tcData.purpose || {};
  const vendors = tcData.vendor || {};
  const restrictions = (tcData.publisher || {}).restrictions || {};
  let ct = '01';
  for (const vendor of VENDORS) {
    const consent = flag(vendors.consents, vendor.id);
    const legitimateInterest = flag(vendors.legitimateInterests, vendor.id);
    let field = 0;
    for (let p = 1; p <= 12; p++) {
      const li = onLegitimateInterest(vendor.id, p, basis730);
      const restriction = (restrictions['' + p] || {})['' + vendor.id];
      const needed = vendor.purposes.indexOf(p) !== -1 && (RESTRICTION_TYPES.indexOf(restriction as number) === -1 || restriction === (li ? 2 : 1));
      const granted = li ? legitimateInterest && flag(purposes.legitimateInterests, p) : consent && flag(purposes.consents, p);
      const compatible = (consent || legitimateInterest) && (p > 10 ? flag(tcData.specialFeatureOptins, p - 10) :
        flag(purposes.consents, p) || (legitimateInterest && flag(purposes.legitimateInterests, p)));
      if (encoding === 'compatible' ? compatible : needed && granted) field += BITS[p - 1];
    }
    ct += hex4(field);
  }
  return ct;
}

/** The `ct` for consent from another CMP (`ff`): granted purposes per vendor id; minimal keeps only those it needs. */
export function ctFromGrants(grants: { [vendor: string]: number[] }, encoding: CtEncoding): string {
  let ct = 'ff';
  for (const vendor of VENDORS) {
    let field = 0;
    for (const p of grants['' + vendor.id]) {
      if (encoding === 'compatible' || vendor.purposes.indexOf(p) !== -1) field += BITS[p - 1];
    }
    ct += hex4(field);
  }
  return ct;
}

/** Does a valid `ct` grant `purpose` to `vendor`? */
export function grants(ct: string, vendor: number, purpose: number): boolean {
  const index = vendor === 730 ? 0 : 1;
  let field = 0;
  for (let i = 2 + 4 * index; i < 6 + 4 * index; i++) field = field * 16 + HEX.indexOf(ct.charAt(i));
  return ((field - (field % BITS[purpose - 1])) / BITS[purpose - 1]) % 2 === 1;
}

/**
 * A valid `ct` (as consent/ct-string.ts `decodeCt`: 10 hex digits, bits 12-15 of each field unused) whose CMP
 * field is one of `prefixes`, in lower case.
 */
export function parseCt(value: unknown, prefixes: string[]): CtResult {
  const ct = typeof value === 'string' ? value.toLowerCase() : '';
  let valid = ct.length === 10 && prefixes.indexOf(ct.slice(0, 2)) !== -1 && ct.charAt(2) === '0' && ct.charAt(6) === '0';
  for (let i = 0; i < ct.length; i++) valid = valid && HEX.indexOf(ct.charAt(i)) !== -1;
  if (valid) return { ok: true, value: ct };
  return { ok: false, error: { code: 'ct-invalid', message: 'ct "' + value + '" is not 10 hex digits starting with ' + prefixes.join(' or ') + ' and a 0 in each vendor field' } };
}
