/**
 * The purposes each vendor may use, from the visitor's TCF signals. Each rule names its source:
 *   [TCData]   IAB CMP API v2.2, "TCData" and "addEventListener"
 *   [Guide]    IAB TCF Implementation Guidelines, "How to determine legal bases" / "Purpose restrictions"
 *   [String]   IAB Consent string and vendor list formats v2, "Publisher Restrictions", "PurposesLITransparency"
 *   [Policy]   IAB TCF Policies v2.2 (May 2023): no legitimate interest for purposes 3-6; purpose 1 consent only
 *   [iam.js]   INFOnline's own script v434 (research/tcf-infonline.md §4.6)
 * A vendor is never granted a purpose for which the visitor's signals do not show both the purpose and the vendor.
 */
import { PURPOSES } from './purposes.ts';
import type { Purpose } from './purposes.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import {
  NO_RESTRICTION, RESTRICTION_NOT_ALLOWED, RESTRICTION_REQUIRE_CONSENT, RESTRICTION_REQUIRE_LEGITIMATE_INTEREST,
  signalsFromTcData, signalsFromTcString,
} from './signals.ts';
import type { TcData, VendorSignals } from './signals.ts';
import type { TcErrorCode } from './tc-sections.ts';
import type { TcString } from './tc-string.ts';
import { tcStringVendorSignals } from './tc-view.ts';
import { VENDOR_REGISTRY, currentDeclaration, findVendor, withLegalBasis } from './vendors.ts';
import type { LegalBasisChoice, VendorDeclaration, VendorErrorCode, VendorRegistry } from './vendors.ts';

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

export type DecisionSource =
  | { kind: 'tcData'; tcData: TcData }
  | { kind: 'tcString'; tcString: string; gdprApplies: boolean | undefined }
  | { kind: 'decodedTcString'; tcString: TcString; gdprApplies: boolean | undefined };

export interface DecisionOptions {
  /** Where to look the vendor up; VENDOR_REGISTRY by default. */
  registry?: VendorRegistry;
  /** The publisher's choice of legal basis for this vendor; `declared` by default. */
  legalBasis?: LegalBasisChoice;
}

export type DecisionErrorCode = TcErrorCode | VendorErrorCode;

/** Events after which the signals are final [TCData: tcloaded, useractioncomplete]. */
const FINAL_EVENTS: readonly string[] = ['tcloaded', 'useractioncomplete'];

export function vendorSignals(source: DecisionSource, vendorId: number): Result<VendorSignals, TcErrorCode> {
  if (source.kind === 'tcData') return success(signalsFromTcData(source.tcData, vendorId));
  if (source.kind === 'decodedTcString') return success(signalsFromTcString(source.tcString, vendorId, source.gdprApplies));
  return tcStringVendorSignals(source.tcString, vendorId, source.gdprApplies);
}

export function vendorDecision(source: DecisionSource, vendorId: number, options?: DecisionOptions): Result<VendorDecision, DecisionErrorCode> {
  const registry = options === undefined || options.registry === undefined ? VENDOR_REGISTRY : options.registry;
  const vendor = findVendor(vendorId, registry);
  if (vendor === undefined) return failure('vendor-unregistered', 'vendor ' + vendorId + ' is not in the vendor registry');
  const choice = options === undefined || options.legalBasis === undefined ? 'declared' : options.legalBasis;
  const signals = vendorSignals(source, vendorId);
  if (!signals.ok) return signals;
  return success(decide(signals.value, withLegalBasis(currentDeclaration(vendor), choice)));
}

/** The rules, over one vendor's signals and declaration. */
export function decide(signals: VendorSignals, declaration: VendorDeclaration): VendorDecision {
  const decision: VendorDecision = {
    vendorId: signals.vendorId,
    status: 'decided',
    purposes: [],
    legalBases: {},
    specialFeatures: [],
    useNonStandardTexts: signals.useNonStandardTexts,
  };
  // [TCData] gdprApplies false: the CMP sends no purpose signals; undefined: not yet known.
  if (signals.gdprApplies === false) return withStatus(decision, 'gdpr-not-applicable');
  if (signals.gdprApplies !== true) return withStatus(decision, 'gdpr-unknown');
  // [TCData] only tcloaded and useractioncomplete carry the visitor's final choice; a TC string is final.
  if (signals.eventStatus !== undefined && FINAL_EVENTS.indexOf(signals.eventStatus) === -1) return withStatus(decision, 'not-final');
  if (!signals.vendorListed) return withStatus(decision, 'vendor-missing');
  // Without a vendor consent or LI signal no purpose (and no special feature) can be granted.
  if (!signals.vendorConsent && !signals.vendorLegitimateInterest) return decision;
  for (const entry of PURPOSES) {
    const purpose = entry.id;
    // [String] purpose consent AND vendor consent; purpose LI transparency AND vendor LI.
    const byConsent = signals.vendorConsent && signals.purposeConsents[purpose];
    const byLegitimateInterest = signals.vendorLegitimateInterest && signals.purposeLegitimateInterests[purpose];
    if (!byConsent && !byLegitimateInterest) continue;
    const basis = legalBasisFor(entry, declaration, signals.restrictions[purpose]);
    if (basis === undefined) continue;
    if (basis === 'consent' ? byConsent : byLegitimateInterest) {
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
function legalBasisFor(entry: Purpose, declaration: VendorDeclaration, restriction: number): LegalBasis | undefined {
  const purpose = entry.id;
  let basis: LegalBasis;
  if (declaration.purposes.indexOf(purpose) !== -1) basis = 'consent';
  else if (declaration.legIntPurposes.indexOf(purpose) !== -1) basis = 'legitimateInterest';
  else return undefined;
  if (restriction === RESTRICTION_NOT_ALLOWED) return undefined;
  if (restriction !== NO_RESTRICTION) {
    const flexible = declaration.flexiblePurposes.indexOf(purpose) !== -1;
    if (restriction === RESTRICTION_REQUIRE_CONSENT) {
      if (basis !== 'consent' && !flexible) return undefined;
      basis = 'consent';
    } else if (restriction === RESTRICTION_REQUIRE_LEGITIMATE_INTEREST) {
      if (basis !== 'legitimateInterest' && !flexible) return undefined;
      basis = 'legitimateInterest';
    } else {
      return undefined;
    }
  }
  if (basis === 'legitimateInterest' && !entry.legitimateInterestAllowed) return undefined;
  return basis;
}

function withStatus(decision: VendorDecision, status: DecisionStatus): VendorDecision {
  decision.status = status;
  return decision;
}
