/**
 * The hit both server benchmarks send (scripts/bench/sgtm.ts over HTTP, scripts/bench/sandbox-cpu.ts in-process):
 * a GET with full consent for the five vendors of the local stack, so our client forwards to all five, as the
 * pass-through client does.
 */
import { makeTcString, ANALYTICS_VENDOR_ID, CRM_VENDOR_ID, RECORDING_VENDOR_ID } from './tc-strings.ts';

export const BENCH_QUERY = new URLSearchParams({
  st: 'demo', cp: 'home', co: 'bench', sv: 'i2', ct: '0100810141', gdpr: '1', uid: 'u-1',
  url: 'https://www.example.com/article', ref: 'https://search.example/',
  gdpr_consent: makeTcString({ purposeConsents: [1, 5, 6, 7, 8, 9], vendorConsents: [730, 785, CRM_VENDOR_ID, ANALYTICS_VENDOR_ID, RECORDING_VENDOR_ID] }),
}).toString();
