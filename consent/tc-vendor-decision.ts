/**
 * "Which purposes may vendor V use?" straight from a TC string: the same answer as
 * `vendorDecision({ kind: 'tcString', … }, V)` (vendor-decision.ts + decision.ts). The bits come from
 * tc-vendor-bits.ts's one-pass scan; `tcStringVendorDecision` hands them to decision.ts's `decide`, while the
 * purposes-only answers (`tcStringVendorPurposes`, `purposesFromBits`) skip VendorSignals and take each purpose's
 * legal basis from decision.ts's `legalBasisFor`, so the rules live in one place. When the scan gives up, the step-by-step path
 * (tc-view.ts, then `decide`) answers or names the problem. test/consent/tc-vendor-decision.test.ts compares the
 * two over random models, vendors, declarations and legal-basis choices.
 */
import { decide, legalBasisFor } from './decision.ts';
import type { VendorDecision } from './decision.ts';
import { MAX_PURPOSE_ID } from './purpose-ids.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import { NO_RESTRICTION } from './signals.ts';
import { checkTcStringInput } from './tc-string.ts';
import { scanVendorBits } from './tc-vendor-bits.ts';
import type { TcVendorBits } from './tc-vendor-bits.ts';
import { readVendorSignals, signalsFromBits } from './tc-view.ts';
import type { DecisionErrorCode, DecisionOptions } from './vendor-decision.ts';
import type { LegalBasisChoice, VendorNeeds } from './vendor-needs.ts';
import { VENDOR_REGISTRY, currentDeclaration, findVendor } from './vendors.ts';

export function tcStringVendorDecision(tc: unknown, vendorId: number, gdprApplies: boolean | undefined, options?: DecisionOptions): Result<VendorDecision, DecisionErrorCode> {
  const asked = registeredQuestion(tc, vendorId, options);
  if (!asked.ok) return asked;
  const declaration = asked.value.declaration;
  const choice = asked.value.choice;
  const bits = scanVendorBits(asked.value.tc, vendorId);
  if (bits === undefined) return stepByStep(asked.value.tc, vendorId, gdprApplies, declaration, choice);
  // decision.ts decides (status, legal bases, special features): its rules stay in one place.
  return success(decide(signalsFromBits(bits, vendorId, gdprApplies), declaration, choice));
}

/**
 * Only the purposes: `tcStringVendorDecision(…).value.purposes` (empty unless the status is `decided`), without
 * the rest of the decision, for callers that ask nothing else.
 */
export function tcStringVendorPurposes(tc: unknown, vendorId: number, gdprApplies: boolean | undefined, options?: DecisionOptions): Result<number[], DecisionErrorCode> {
  const asked = registeredQuestion(tc, vendorId, options);
  if (!asked.ok) return asked;
  return tcStringPurposesFor(asked.value.tc, vendorId, gdprApplies, asked.value.declaration, asked.value.choice);
}

/**
 * `tcStringVendorPurposes` for a declaration the caller holds rather than the registry's (the server client's
 * routing table declares its own vendors' needs); `tc` must pass checkTcStringInput.
 */
export function tcStringPurposesFor(tc: string, vendorId: number, gdprApplies: boolean | undefined, declaration: VendorNeeds, choice: LegalBasisChoice): Result<number[], DecisionErrorCode> {
  const bits = scanVendorBits(tc, vendorId);
  if (bits === undefined) {
    const decision = stepByStep(tc, vendorId, gdprApplies, declaration, choice);
    return decision.ok ? success(decision.value.purposes) : decision;
  }
  return success(purposesFromBits(bits, gdprApplies, declaration, choice));
}

/** The purposes granted from a vendor's scanned bits (tc-vendor-bits.ts), for callers that scan several vendors at once. */
export function purposesFromBits(bits: TcVendorBits, gdprApplies: boolean | undefined, declaration: VendorNeeds, choice: LegalBasisChoice): number[] {
  const decided = gdprApplies === true && (bits.vendorConsent || bits.vendorLegitimateInterest);
  return decided ? grantedPurposes(bits, declaration, choice) : [];
}

/** The question's parts both entry points need: the vendor's current declaration, the legal-basis choice, the checked string. */
function registeredQuestion(tc: unknown, vendorId: number, options: DecisionOptions | undefined): Result<{ tc: string; declaration: VendorNeeds; choice: LegalBasisChoice }, DecisionErrorCode> {
  const registry = options === undefined || options.registry === undefined ? VENDOR_REGISTRY : options.registry;
  const vendor = findVendor(vendorId, registry);
  if (vendor === undefined) return failure('vendor-unregistered', 'vendor ' + vendorId + ' is not in the vendor registry');
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const choice = options === undefined || options.legalBasis === undefined ? 'declared' : options.legalBasis;
  return success({ tc: input.value, declaration: currentDeclaration(vendor), choice: choice });
}

/** When the scan gives up: the step-by-step reader answers or names the problem, and decision.ts decides. */
function stepByStep(tc: string, vendorId: number, gdprApplies: boolean | undefined, declaration: VendorNeeds, choice: LegalBasisChoice): Result<VendorDecision, DecisionErrorCode> {
  const signals = readVendorSignals(tc, vendorId, gdprApplies);
  if (!signals.ok) return signals;
  return success(decide(signals.value, declaration, choice));
}

/**
 * decision.ts's purpose loop over the scanned bits (for a vendor with a consent or LI bit): purpose consent and
 * vendor consent, or purpose LI and vendor LI, on the legal basis `legalBasisFor` gives.
 */
function grantedPurposes(bits: TcVendorBits, declaration: VendorNeeds, choice: LegalBasisChoice): number[] {
  const purposes: number[] = [];
  // Purpose p is the bit of weight 2^(11 - p) in both purpose fields.
  let consents = bits.purposeConsents;
  let legitimateInterests = bits.purposeLegitimateInterests;
  let weight = 1024;
  for (let purpose = 1; purpose <= MAX_PURPOSE_ID; purpose++) {
    const purposeConsent = consents >= weight;
    if (purposeConsent) consents = consents - weight;
    const purposeLegitimateInterest = legitimateInterests >= weight;
    if (purposeLegitimateInterest) legitimateInterests = legitimateInterests - weight;
    weight = weight / 2;
    const byConsent = bits.vendorConsent && purposeConsent;
    const byLegitimateInterest = bits.vendorLegitimateInterest && purposeLegitimateInterest;
    if (!byConsent && !byLegitimateInterest) continue;
    const basis = legalBasisFor(purpose, declaration, choice, bits.restrictions === undefined ? NO_RESTRICTION : bits.restrictions[purpose]);
    if (basis !== undefined && (basis === 'consent' ? byConsent : byLegitimateInterest)) purposes.push(purpose);
  }
  return purposes;
}
