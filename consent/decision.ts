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
import { MAX_PURPOSE_ID, legitimateInterestAllowed } from './purpose-ids.ts';
import {
  NO_RESTRICTION, RESTRICTION_REQUIRE_CONSENT, RESTRICTION_REQUIRE_LEGITIMATE_INTEREST,
} from './signals.ts';
import type { VendorSignals } from './signals.ts';
import type { VendorNeeds } from './vendor-needs.ts';

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
const FINAL_EVENTS: readonly string[] = ['tcloaded', 'useractioncomplete'];

/** What the signals allow deciding at all [TCData]: only a final event where GDPR applies carries a choice. */
export function decisionStatus(signals: VendorSignals): DecisionStatus {
  // [TCData] gdprApplies false: the CMP sends no purpose signals; undefined: not yet known.
  if (signals.gdprApplies === false) return 'gdpr-not-applicable';
  if (signals.gdprApplies !== true) return 'gdpr-unknown';
  // [TCData] only tcloaded and useractioncomplete carry the visitor's final choice; a TC string is final.
  if (signals.eventStatus !== undefined && FINAL_EVENTS.indexOf(signals.eventStatus) === -1) return 'not-final';
  return signals.vendorListed ? 'decided' : 'vendor-missing';
}

/**
 * The legal basis on which the signals grant `purpose` to the vendor, or undefined when they do not.
 * [String] purpose consent AND vendor consent; purpose LI transparency AND vendor LI.
 */
export function grantedBasis(signals: VendorSignals, needs: VendorNeeds, purpose: number): LegalBasis | undefined {
  const basis = legalBasisFor(purpose, needs, signals.restrictions[purpose]);
  const granted = basis === 'consent' ? signals.vendorConsent && signals.purposeConsents[purpose] :
    signals.vendorLegitimateInterest && signals.purposeLegitimateInterests[purpose];
  return granted ? basis : undefined;
}

/** The rules, over one vendor's signals and declaration. */
export function decide(signals: VendorSignals, declaration: VendorNeeds): VendorDecision {
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
    const basis = grantedBasis(signals, declaration, purpose);
    if (basis !== undefined) {
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
 * The legal basis a purpose rests on after publisher restrictions, or undefined when it may not be used (or is
 * not declared).
 * [Guide] type 0 (not allowed) removes the purpose; type 1/2 (require consent / LI) switch a flexible purpose's
 * basis, and leave a non-flexible purpose declared on the other basis without any basis; [String] type 3 is
 * undefined, treated as not allowed. [Policy] LI is never a basis for purposes 1 and 3-6.
 */
function legalBasisFor(purpose: number, needs: VendorNeeds, restriction: number): LegalBasis | undefined {
  const declared: LegalBasis | undefined = (needs.purposes as readonly number[]).indexOf(purpose) !== -1 ? 'consent' :
    (needs.legIntPurposes as readonly number[]).indexOf(purpose) !== -1 ? 'legitimateInterest' : undefined;
  let basis = declared;
  if (restriction === RESTRICTION_REQUIRE_CONSENT) basis = 'consent';
  else if (restriction === RESTRICTION_REQUIRE_LEGITIMATE_INTEREST) basis = 'legitimateInterest';
  else if (restriction !== NO_RESTRICTION) return undefined;
  if (declared === undefined || (basis !== declared && (needs.flexiblePurposes as readonly number[]).indexOf(purpose) === -1)) return undefined;
  if (basis === 'legitimateInterest' && !legitimateInterestAllowed(purpose)) return undefined;
  return basis;
}
