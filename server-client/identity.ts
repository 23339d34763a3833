/**
 * Identifier rules and consent generations (docs/privacy.md). A rule names an identifier, where it is read (a
 * request cookie, a query parameter, a body field of the hit), the vendors it may go to, the TCF purposes it needs
 * for each of them, optionally a publisher custom purpose, and the date its use was first disclosed (valid-from).
 * An identifier goes to a vendor only when every requirement holds for that vendor, and only when the visitor
 * decided on or after valid-from: a consent given before a use was disclosed does not cover it.
 */
import type { Result } from '../consent/index.ts';
import type { PurposeId } from '../consent/purposes.ts';
import { success } from '../consent/result.ts';
import type { Hit } from './hit.ts';
import { HIT_PARAMETERS } from './parameters.ts';
import type { ClientErrorCode } from './result.ts';
import { clientFailure } from './result.ts';
import type { Route } from './routing.ts';
import { grantedPurposes, purposeOf, splitList } from './routing.ts';

const makeInteger = require('makeInteger');

export type IdentifierSource = 'cookie' | 'query' | 'body';

export interface IdentifierRule {
  name: string;
  source: IdentifierSource;
  key: string;
  vendors: number[];
  purposes: PurposeId[];
  /** A publisher custom purpose id (TC string, publisher TC segment), or 0 for none. */
  customPurpose: number;
  /** YYYY-MM-DD as entered, and its first millisecond (UTC). */
  validFrom: string;
  validFromMs: number;
}

/** An identifier-rules row as GTM hands it over: every cell a string. */
export interface IdentifierRow {
  name: string;
  source: string;
  key: string;
  vendors: string;
  purposes: string;
  customPurpose: string;
  validFrom: string;
}

const SOURCES: readonly IdentifierSource[] = ['cookie', 'query', 'body'];
const NAME_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';
const DIGITS = '0123456789';
const DAY_MS = 86400000;
/** An identifier value longer than this is not attached. */
export const MAX_IDENTIFIER_LENGTH = 256;
/** cts: milliseconds since 1970, at most 15 digits (well inside exact integers). */
const MAX_TIMESTAMP_DIGITS = 15;
/** How far the browser's clock may run ahead of the server's before a cts "from the future" is not believed. */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;
/**
 * The web tag's consent cookie (which holds ct and cts) lives 4 weeks (max-age 2419200 s, template/): a cts older
 * than that (plus the skew) cannot come from a live cookie.
 */
export const CONSENT_COOKIE_LIFETIME_MS = 28 * DAY_MS;

/** Check one row. A row that fails is skipped (and logged); the other rules still apply. */
export function parseIdentifierRule(row: IdentifierRow): Result<IdentifierRule, ClientErrorCode> {
  const name = row.name.trim();
  const label = 'identifier ' + (name === '' ? '(no name)' : name);
  if (name === '' || !onlyCharacters(name, NAME_CHARACTERS)) return clientFailure('bad-rule', label + ': the name is not A-Z a-z 0-9 . _ -');
  for (const parameter of HIT_PARAMETERS) {
    if (parameter.name === name) return clientFailure('bad-rule', label + ': the name is a hit parameter');
  }
  const source = sourceOf(row.source);
  if (source === undefined) return clientFailure('bad-rule', label + ': the source is not cookie, query or body');
  const key = row.key.trim();
  if (key === '') return clientFailure('bad-rule', label + ': no key');
  const vendors: number[] = [];
  for (const cell of splitList(row.vendors)) {
    const vendorId = makeInteger(cell);
    if (!(vendorId >= 1) || '' + vendorId !== cell) return clientFailure('bad-rule', label + ': "' + cell + '" is not a GVL vendor id');
    if (vendors.indexOf(vendorId) === -1) vendors.push(vendorId);
  }
  if (vendors.length === 0) return clientFailure('bad-rule', label + ': no vendors');
  const purposes: PurposeId[] = [];
  for (const cell of splitList(row.purposes)) {
    const purpose = purposeOf(cell);
    if (purpose === undefined) return clientFailure('bad-rule', label + ': "' + cell + '" is not a TCF purpose (1-11)');
    if (purposes.indexOf(purpose) === -1) purposes.push(purpose);
  }
  if (purposes.length === 0) return clientFailure('bad-rule', label + ': no purposes needed; a rule must name at least one');
  const customCell = row.customPurpose === undefined ? '' : row.customPurpose.trim();
  const customPurpose = customCell === '' ? 0 : makeInteger(customCell);
  if (customCell !== '' && (!(customPurpose >= 1) || '' + customPurpose !== customCell)) {
    return clientFailure('bad-rule', label + ': the custom purpose is not a positive integer');
  }
  const validFrom = row.validFrom.trim();
  const validFromMs = dateMs(validFrom);
  if (validFromMs === undefined) return clientFailure('bad-rule', label + ': the valid-from date "' + validFrom + '" is not a date YYYY-MM-DD');
  return success({
    name: name, source: source, key: key, vendors: vendors, purposes: purposes,
    customPurpose: customPurpose, validFrom: validFrom, validFromMs: validFromMs,
  });
}

/** What one rule decided for one vendor and hit. */
export interface IdentifierDecision {
  rule: IdentifierRule;
  attached: boolean;
  /** Why, in words, for the debug log. */
  reason: string;
}

/**
 * The rule's decision for the route's vendor: `value` is the identifier as read from the request (undefined when
 * absent); `now` the server's clock (ms since 1970). Requirements in order: a value, the purposes (for this
 * vendor), the custom purpose, the decision's age.
 */
export function decideIdentifier(rule: IdentifierRule, hit: Hit, route: Route, value: string | undefined, now: number): IdentifierDecision {
  if (value === undefined || value === '') return stripped(rule, 'no value in ' + rule.source + ' ' + rule.key);
  if (value.length > MAX_IDENTIFIER_LENGTH || !onlyCharacters(value, NAME_CHARACTERS)) {
    return stripped(rule, 'the value in ' + rule.source + ' ' + rule.key + ' is malformed');
  }
  // The rule's own purposes, asked with consent as their legal basis, of the route's vendor.
  const granted = grantedPurposes(hit, { vendorId: route.vendorId, purposes: rule.purposes, legalBasis: 'consent' });
  if (granted === undefined) return stripped(rule, 'no consent signal for this vendor');
  const missing: number[] = [];
  for (const purpose of rule.purposes) {
    if (granted.indexOf(purpose) === -1) missing.push(purpose);
  }
  if (missing.length > 0) return stripped(rule, 'purposes not granted: ' + missing.join(','));
  if (rule.customPurpose !== 0) {
    const custom = customPurposeProblem(hit, rule.customPurpose);
    if (custom !== '') return stripped(rule, custom);
  }
  const decided = decisionTime(hit, now);
  if (!decided.ok) return stripped(rule, decided.error.message);
  if (decided.value < rule.validFromMs) {
    return stripped(rule, 'the decision (' + dateOf(decided.value) + ') predates the rule (valid from ' + rule.validFrom + ')');
  }
  return { rule: rule, attached: true, reason: 'all requirements hold (decision ' + dateOf(decided.value) + ')' };
}

/** '' when the visitor consented to the publisher custom purpose `id`, else why not. */
function customPurposeProblem(hit: Hit, id: number): string {
  if (hit.tcString === undefined) return 'custom purpose ' + id + ' not granted: no TC string';
  if (hit.tcString.segments.indexOf('publisherTC') === -1) return 'custom purpose ' + id + ' not granted: the TC string has no publisher TC segment';
  if (hit.gdprApplies !== true) return 'custom purpose ' + id + ' not granted: GDPR applicability is not 1';
  if (hit.tcString.publisherCustomConsents.indexOf(id) === -1) return 'custom purpose ' + id + ' not granted';
  return '';
}

/**
 * When the visitor decided, in ms since 1970: the TC string's LastUpdated, else the web tag's `cts`. Unknown or
 * malformed is an error value: the rule does not cover the hit. `cts` comes from the browser as sent, so it is
 * believed only inside what the consent cookie allows at `now` (the server's clock): not ahead of it by more than
 * MAX_CLOCK_SKEW_MS, not older than the cookie's lifetime (plus that skew); outside, the decision's age is unknown.
 */
export function decisionTime(hit: Hit, now: number): Result<number, ClientErrorCode> {
  if (hit.tcString !== undefined) return success(hit.tcString.lastUpdated);
  const cts = hit.values.cts;
  if (cts === undefined) return clientFailure('bad-rule', 'decision age unknown (no TC string, no cts)');
  if (cts.length > MAX_TIMESTAMP_DIGITS || !onlyCharacters(cts, DIGITS)) return clientFailure('bad-rule', 'rule skipped: cts is not a timestamp in ms');
  let ms = 0;
  for (let i = 0; i < cts.length; i++) ms = ms * 10 + DIGITS.indexOf(cts.charAt(i));
  if (ms > now + MAX_CLOCK_SKEW_MS) return clientFailure('bad-rule', 'decision age unknown: cts is ahead of the server clock by more than 10 minutes');
  if (ms < now - CONSENT_COOKIE_LIFETIME_MS - MAX_CLOCK_SKEW_MS) {
    return clientFailure('bad-rule', 'decision age unknown: cts is older than the consent cookie\'s 4-week lifetime');
  }
  return success(ms);
}

/** The identifier's value in the request, as `read` returns it for the rule's source and key. */
export function identifierValue(rule: IdentifierRule, read: (source: IdentifierSource, key: string) => unknown): string | undefined {
  const value = read(rule.source, rule.key);
  return typeof value === 'string' ? value : undefined;
}

function stripped(rule: IdentifierRule, reason: string): IdentifierDecision {
  return { rule: rule, attached: false, reason: reason };
}

function sourceOf(cell: string): IdentifierSource | undefined {
  for (const source of SOURCES) {
    if (source === cell) return source;
  }
  return undefined;
}

function onlyCharacters(value: string, allowed: string): boolean {
  if (value === '') return false;
  for (let i = 0; i < value.length; i++) {
    if (allowed.indexOf(value.charAt(i)) === -1) return false;
  }
  return true;
}

/** "2026-02-01" -> its first millisecond (UTC), or undefined unless a real calendar date in that exact form. */
export function dateMs(text: string): number | undefined {
  if (text.length !== 10 || text.charAt(4) !== '-' || text.charAt(7) !== '-') return undefined;
  const digits = text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10);
  if (!onlyCharacters(digits, DIGITS)) return undefined;
  const year = makeInteger(text.slice(0, 4));
  const month = makeInteger(text.slice(5, 7));
  const day = makeInteger(text.slice(8, 10));
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** ms since 1970 -> "YYYY-MM-DD" (UTC). */
export function dateOf(ms: number): string {
  const days = floor(ms / DAY_MS);
  // Howard Hinnant's civil_from_days, over eras of 400 years (146097 days).
  const z = days + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor((dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2);
}

/** Days from 1970-01-01 to the date (days_from_civil; March-based years put the leap day last). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The largest integer not above `value` (Math.floor), in arithmetic: `require('Math')` builds an API object with
 * a wrapper per method at every execution, for the two date functions of identifier rules.
 */
function floor(value: number): number {
  const fraction = value % 1;
  return fraction < 0 ? value - fraction - 1 : value - fraction;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  let text = '' + value;
  while (text.length < width) text = '0' + text;
  return text;
}
