/**
 * The purposes each vendor may use, from the visitor's TCF signals. Each rule names its source:
 *   [TCData]   IAB CMP API v2.2, "TCData" and "addEventListener"
 *   [Guide]    IAB TCF Implementation Guidelines, "How to determine legal bases" / "Purpose restrictions"
 *   [String]   IAB Consent string and vendor list formats v2, "Publisher Restrictions", "PurposesLITransparency"
 *   [Policy]   IAB TCF Policies v2.2 (May 2023): no legitimate interest for purposes 3-6; purpose 1 consent only
 *   [iam.js]   INFOnline's own script v434 (research/tcf-infonline.md §4.6)
 * A vendor is never granted a purpose for which the visitor's signals do not show both the purpose and the vendor.
 * Works on VendorSignals only; where they come from (tcData, a TC string) is vendor-decision.ts's business, so the
 * web tag compiles this file without the TC-string decoder.
 */
import { LEGITIMATE_INTEREST_PURPOSES, MAX_PURPOSE_ID } from './purpose-ids.ts';
import {
  RESTRICTION_NOT_ALLOWED, RESTRICTION_REQUIRE_CONSENT, RESTRICTION_REQUIRE_LEGITIMATE_INTEREST,
} from './signals.ts';
import type { VendorSignals } from './signals.ts';
import type { LegalBasisChoice, VendorNeeds } from './vendor-needs.ts';

export type LegalBasis = 'consent' | 'legitimateInterest';

/**
 * decided: the purposes are what the signals grant (possibly none).
 * gdpr-not-applicable: the CMP says GDPR does not apply; no TCF signal exists, nothing is granted here and the
 *   caller chooses (INFOnline's script sends `01` + zeros in this case [iam.js]).
 * gdpr-unknown: the CMP is still determining whether GDPR applies [TCData].
 * not-final: the event is not a final one; `cmpuishown` carries interim signals [TCData; Guide "user-intentful"].
 * vendor-missing: the source has no signal for this vendor at all.
 */
export type DecisionStatus = 'decided' | 'gdpr-not-applicable' | 'gdpr-unknown' | 'not-final' | 'vendor-missing';

export interface VendorDecision {
  vendorId: number;
  status: DecisionStatus;
  /** Granted purposes, ascending. */
  purposes: number[];
  /** The legal basis each granted purpose rests on. */
  legalBases: { [purposeId: string]: LegalBasis };
  /** Special features the vendor declares and the visitor opted in to, if the vendor has any signal. */
  specialFeatures: number[];
  useNonStandardTexts: boolean;
}

/** Events after which the signals are final [TCData: tcloaded, useractioncomplete]. */
const FINAL_EVENTS: readonly unknown[] = ['tcloaded', 'useractioncomplete'];

/** [TCData] only tcloaded and useractioncomplete carry the visitor's final choice. */
export function isFinalEvent(eventStatus: unknown): boolean {
  return FINAL_EVENTS.indexOf(eventStatus) !== -1;
}

/** What the signals allow deciding at all [TCData]: only a final event where GDPR applies carries a choice. */
export function decisionStatus(signals: VendorSignals): DecisionStatus {
  // [TCData] gdprApplies false: the CMP sends no purpose signals; undefined: not yet known.
  if (signals.gdprApplies === false) return 'gdpr-not-applicable';
  if (signals.gdprApplies !== true) return 'gdpr-unknown';
  // A TC string has no event (undefined) and is final.
  if (signals.eventStatus !== undefined && !isFinalEvent(signals.eventStatus)) return 'not-final';
  return signals.vendorListed ? 'decided' : 'vendor-missing';
}

/**
 * The rules, over one vendor's signals and declaration, with the publisher's choice of legal basis
 * (`declared` by default).
 */
export function decide(signals: VendorSignals, declaration: VendorNeeds, choice?: LegalBasisChoice): VendorDecision {
  const decision: VendorDecision = {
    vendorId: signals.vendorId,
    status: decisionStatus(signals),
    purposes: [],
    legalBases: {},
    specialFeatures: [],
    useNonStandardTexts: signals.useNonStandardTexts,
  };
  // Without a vendor consent or LI signal no purpose (and no special feature) can be granted.
  if (decision.status !== 'decided' || (!signals.vendorConsent && !signals.vendorLegitimateInterest)) return decision;
  for (let purpose = 1; purpose <= MAX_PURPOSE_ID; purpose++) {
    // [String] purpose consent AND vendor consent; purpose LI transparency AND vendor LI.
    const byConsent = signals.vendorConsent && signals.purposeConsents[purpose];
    const byLegitimateInterest = signals.vendorLegitimateInterest && signals.purposeLegitimateInterests[purpose];
    // Most purposes have no signal at all: the basis is only worked out for those that do.
    if (!byConsent && !byLegitimateInterest) continue;
    const basis = legalBasisFor(purpose, declaration, choice === undefined ? 'declared' : choice, signals.restrictions[purpose]);
    if (basis !== undefined && (basis === 'consent' ? byConsent : byLegitimateInterest)) {
      decision.purposes.push(purpose);
      decision.legalBases[purpose] = basis;
    }
  }
  for (const feature of declaration.specialFeatures) {
    // [Policy] special features need the visitor's opt-in; the vendor must declare them.
    if (signals.specialFeatureOptins[feature]) decision.specialFeatures.push(feature);
  }
  return decision;
}

/**
 * The legal basis a purpose rests on, or undefined when it may not be used (or is not needed).
 * The publisher's choice first: `consent` moves every needed purpose to consent, `legitimateInterest` every one
 * TCF 2.2 lets rest on it (seed §5.1: LI for 730's purpose 8, or consent); a chosen basis is not flexible.
 * [Guide] restriction type 0 (not allowed) removes the purpose; type 1/2 (require consent / LI) switch a flexible
 * purpose's basis, and leave a non-flexible purpose declared on the other basis without any basis; [String]
 * type 3 is undefined, treated as not allowed (the readers turn it into 0, so `restriction` is NO_RESTRICTION or
 * 0–2). [Policy] LI is never a basis for purposes 1 and 3-6.
 */
export function legalBasisFor(purpose: number, needs: VendorNeeds, choice: LegalBasisChoice, restriction: number): LegalBasis | undefined {
  const liAllowed = has(LEGITIMATE_INTEREST_PURPOSES, purpose);
  let declared: LegalBasis | undefined = has(needs.purposes, purpose) ? 'consent' : has(needs.legIntPurposes, purpose) ? 'legitimateInterest' : undefined;
  if (declared && choice !== 'declared') declared = choice === 'legitimateInterest' && liAllowed ? choice : 'consent';
  const basis = restriction === RESTRICTION_REQUIRE_CONSENT ? 'consent' : restriction === RESTRICTION_REQUIRE_LEGITIMATE_INTEREST ? 'legitimateInterest' : declared;
  const switched = basis !== declared && !(choice === 'declared' && has(needs.flexiblePurposes, purpose));
  return !declared || restriction === RESTRICTION_NOT_ALLOWED || switched || (basis === 'legitimateInterest' && !liAllowed) ? undefined : basis;
}

function has(ids: readonly number[], id: number): boolean {
  return ids.indexOf(id) !== -1;
}
