/**
 * Parse and validate hits (docs/wire-protocol.md). GET: one hit in the query string; POST: a JSON body holding one
 * hit object or an array of them (a batch). Every parameter is a table row with its kind and bound; the parser
 * walks the table. A refusal names the parameter and the problem, never the value: the reason goes back to the
 * browser and must not echo input.
 */
import { checkCt, checkTcString } from '../consent/index.ts';
import type { CheckedTcString, Result, TcVendorBits } from '../consent/index.ts';
import { success } from '../consent/result.ts';
import type { ClientErrorCode } from './result.ts';
import { clientFailure } from './result.ts';
import { HIT_PARAMETERS, MAX_BATCH_LENGTH, MAX_BODY_LENGTH, SURVEY_VALUES } from './parameters.ts';
import type { Kind } from './parameters.ts';

const JSON = require('JSON');
const getType = require('getType');
const parseUrl = require('parseUrl');

/**
 * A validated hit: the present parameters (an empty value counts as absent), plus the decoded consent. The TC
 * string is checked whole (what the full decoder refuses is refused) but not decoded: routing asks it per vendor.
 */
export interface Hit {
  values: { [name: string]: string };
  /** The checked `ct` as sent (routing reads a vendor's purposes from it with `ctPurposesFor`). */
  ct: string | undefined;
  tcString: CheckedTcString | undefined;
  /** The TC string's bits per vendor (routing.ts vendorKey), filled for the routed vendors in one pass (scanRoutedVendors). */
  tcBits: { [vendorKey: string]: TcVendorBits };
  gdprApplies: boolean | undefined;
  /** URL-encoded values, filled by the forwards as they need them (forward.ts): each value encoded once per hit. */
  encoded: { [name: string]: string };
}

const TOKEN_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';

/** A hit as it arrived: parameter name -> raw value (not yet checked). */
export type RawHit = { [name: string]: unknown };

/** The raw hits of a request, or the reason it is refused. */
export function rawHits(method: string, query: RawHit, body: string | undefined): Result<RawHit[], ClientErrorCode> {
  if (method === 'GET') return success([query]);
  if (body === undefined || body === '') return clientFailure('bad-request', 'the body is empty');
  if (body.length > MAX_BODY_LENGTH) return clientFailure('bad-request', 'the body exceeds ' + MAX_BODY_LENGTH + ' characters');
  const parsed = JSON.parse(body);
  const type = getType(parsed);
  if (type === 'object') return success([parsed as RawHit]);
  if (type !== 'array') return clientFailure('bad-request', 'the body is not a JSON object or array');
  const list = parsed as unknown[];
  if (list.length === 0) return clientFailure('bad-request', 'the batch is empty');
  if (list.length > MAX_BATCH_LENGTH) return clientFailure('bad-request', 'the batch has more than ' + MAX_BATCH_LENGTH + ' hits');
  const hits: RawHit[] = [];
  for (let i = 0; i < list.length; i++) {
    if (getType(list[i]) !== 'object') return clientFailure('bad-request', 'hit ' + (i + 1) + ' is not a JSON object');
    hits.push(list[i] as RawHit);
  }
  return success(hits);
}

/** Validate every hit; the first bad one refuses the whole request (a batch is all or nothing). */
export function parseHits(raw: RawHit[]): Result<Hit[], ClientErrorCode> {
  const hits: Hit[] = [];
  for (let i = 0; i < raw.length; i++) {
    const hit = parseHit(raw[i]);
    if (!hit.ok) return raw.length === 1 ? hit : clientFailure('bad-request', 'hit ' + (i + 1) + ': ' + hit.error.message);
    hits.push(hit.value);
  }
  return success(hits);
}

export function parseHit(raw: RawHit): Result<Hit, ClientErrorCode> {
  const hit: Hit = { values: {}, ct: undefined, tcString: undefined, tcBits: {}, gdprApplies: undefined, encoded: {} };
  for (const parameter of HIT_PARAMETERS) {
    const value = raw[parameter.name];
    if (value === undefined || value === null || value === '') {
      if (parameter.required) return clientFailure('bad-request', parameter.name + ' is missing');
      continue;
    }
    if (typeof value !== 'string') return clientFailure('bad-request', parameter.name + ' is not a string');
    if (value.length > parameter.maxLength) {
      return clientFailure('bad-request', parameter.name + ' is longer than ' + parameter.maxLength + ' characters');
    }
    const problem = check(parameter.kind, value, hit);
    if (problem !== '') return clientFailure('bad-request', parameter.name + ' ' + problem);
    hit.values[parameter.name] = value;
  }
  return success(hit);
}

/** '' when `value` is a good `kind`, else what is wrong with it; ct (checked), TC string (checked) and gdpr land in `hit`. */
function check(kind: Kind, value: string, hit: Hit): string {
  if (kind === 'token') {
    for (let i = 0; i < value.length; i++) {
      if (TOKEN_CHARACTERS.indexOf(value.charAt(i)) === -1) return 'has a character outside A-Z a-z 0-9 . _ -';
    }
    return '';
  }
  if (kind === 'text') {
    for (let i = 0; i < value.length; i++) {
      if (value.charAt(i) < ' ') return 'has a control character';
    }
    return '';
  }
  if (kind === 'survey') return SURVEY_VALUES.indexOf(value) === -1 ? 'is not one of ' + SURVEY_VALUES.join(', ') : '';
  if (kind === 'flag') {
    if (value !== '0' && value !== '1') return 'is not 0 or 1';
    hit.gdprApplies = value === '1';
    return '';
  }
  if (kind === 'ct') {
    const ct = checkCt(value);
    if (!ct.ok) return 'is malformed (' + ct.error.code + ')';
    hit.ct = value;
    return '';
  }
  if (kind === 'tcString') {
    const tc = checkTcString(value);
    if (!tc.ok) return 'is malformed (' + tc.error.code + ')';
    hit.tcString = tc.value;
    return '';
  }
  const url = parseUrl(value);
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) return 'is not an http(s) URL';
  return '';
}
