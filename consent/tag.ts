/**
 * What the web tag compiles in: `tcData` → `ct` (both encodings, the publisher's legal basis), Consent-Mode
 * grants → `ct`, and the validation of a `ct` set by hand or read from the consent cookie. Nothing here reaches
 * the TC-string decoder, the vendor registry's history or the purpose names; test/consent/tag-budget.test.ts
 * compiles this surface for `web` and holds it to its byte budget.
 */
export { ctFromTcData } from './ct-from-tcdata.ts';
export type { CtEncoding, CtOptions } from './ct-from-tcdata.ts';
export { ctFromGrants } from './ct-from-grants.ts';
export { ctGrants, decodeCt, validateCt } from './ct-string.ts';
export type { Ct, CtErrorCode } from './ct-string.ts';
export { CT_DEFAULT, CT_TCF_NOTHING } from './ct-layout.ts';
export type { CtCmp } from './ct-layout.ts';
export type { TcData } from './signals-tcdata.ts';
export type { LegalBasisChoice } from './vendor-needs.ts';
export type { Result } from './result.ts';
