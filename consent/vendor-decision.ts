/**
 * The decision for one vendor from any source: a `tcData` object, a TC string (read lazily, only the bits the
 * question needs) or a decoded TC string, with the vendor looked up in the registry (vendors.ts). The server
 * client, the CLI and the tests use this; the web tag, which only has `tcData`, goes through ct-from-tcdata.ts
 * and never reaches the TC-string decoder this file imports.
 */
import { decide } from './decision.ts';
import type { VendorDecision } from './decision.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import type { VendorSignals } from './signals.ts';
import { signalsFromTcString } from './signals-tc-string.ts';
import { signalsFromTcData } from './signals-tcdata.ts';
import type { TcData } from './signals-tcdata.ts';
import type { TcErrorCode } from './tc-sections.ts';
import type { TcString } from './tc-string.ts';
import { tcStringVendorSignals } from './tc-view.ts';
import type { LegalBasisChoice } from './vendor-needs.ts';
import { VENDOR_REGISTRY, currentDeclaration, findVendor } from './vendors.ts';
import type { VendorErrorCode, VendorRegistry } from './vendors.ts';

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
  return success(decide(signals.value, currentDeclaration(vendor), choice));
}
