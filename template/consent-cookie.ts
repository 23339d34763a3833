/**
 * The first-party consent cookie, `ct&timestamp` as INFOnline's iam.js writes `iom_consent` (research
 * tcf-infonline.md §4.6): read as the starting value while younger than its lifetime; written by the caller only
 * when the decision changes.
 */
import { getCookieValues, makeNumber } from './apis.ts';
import { validateCt } from '../consent/tag.ts';

const setCookie = require('setCookie');

/** The `ct` of a fresh, valid cookie, or '' (absent, malformed or older than `maxAge` seconds). */
export function readConsentCookie(name: string, maxAge: number, now: number): string {
  for (const value of getCookieValues(name)) {
    const parts = value.split('&');
    const ct = validateCt(parts[0]);
    const age = now - makeNumber(parts[1]);
    if (parts.length === 2 && ct.ok && age >= 0 && age <= maxAge * 1000) return ct.value;
  }
  return '';
}

export function writeConsentCookie(name: string, ct: string, maxAge: number, now: number): void {
  // Not URI-encoded: iam.js reads the raw `&`.
  setCookie(name, ct + '&' + now, { domain: 'auto', path: '/', 'max-age': maxAge, samesite: 'Lax' }, false);
}
