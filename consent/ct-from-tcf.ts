/**
 * The `ct` from any TCF source: a `tcData` object, a TC string (read lazily) or a decoded one, with a registry
 * and layout of one's own if wanted. The encodings and rules are ct-from-tcdata.ts's (the web tag's path); this
 * file adds the sources that need the TC-string decoder, for the server client, the CLI and the tests.
 */
import { CT_CMP_CODES, CT_LAYOUT } from './ct-layout.ts';
import type { CtLayout } from './ct-layout.ts';
import { ctField } from './ct-from-tcdata.ts';
import type { CtOptions } from './ct-from-tcdata.ts';
import { encodeCt } from './ct-string.ts';
import type { CtErrorCode } from './ct-string.ts';
import { toHex } from './hex.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import type { TcErrorCode } from './tc-sections.ts';
import { vendorSignals } from './vendor-decision.ts';
import type { DecisionSource } from './vendor-decision.ts';
import { VENDOR_REGISTRY, currentDeclaration, findVendor } from './vendors.ts';
import type { VendorErrorCode, VendorRegistry } from './vendors.ts';

export type { CtEncoding } from './ct-from-tcdata.ts';

export interface CtFromTcfOptions extends CtOptions {
  registry?: VendorRegistry;
  layout?: CtLayout;
}

export type CtFromTcfErrorCode = CtErrorCode | TcErrorCode | VendorErrorCode;

export function ctFromTcf(source: DecisionSource, options: CtFromTcfOptions): Result<string, CtFromTcfErrorCode> {
  const layout = options.layout === undefined ? CT_LAYOUT : options.layout;
  const registry = options.registry === undefined ? VENDOR_REGISTRY : options.registry;
  let ct = CT_CMP_CODES.tcf;
  for (const vendorId of layout.vendors) {
    const vendor = findVendor(vendorId, registry);
    if (vendor === undefined) return failure('vendor-unregistered', 'vendor ' + vendorId + ' of the ct layout is not in the vendor registry');
    const signals = vendorSignals(source, vendorId);
    if (!signals.ok) return signals;
    const field = ctField(signals.value, currentDeclaration(vendor), options);
    if (field < 0) return encodeCt({ cmp: 'tcf', vendors: {}, specialFeatures: {} }, layout);
    ct = ct + toHex(field, layout.fieldLength);
  }
  return success(ct);
}
