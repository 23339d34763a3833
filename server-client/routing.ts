/**
 * The routing table: which vendor gets what, when. A route names the vendor (label, GVL id), the purposes it
 * needs and on which legal basis, the endpoint (its host fixed here, hit values only in placeholders after it),
 * the method and the fields it receives. A route is permitted for a hit only when every purpose it needs is
 * granted to its vendor; a vendor without any consent signal gets nothing (fail closed).
 */
import { ctPurposesFor, vendorRegistry, currentDeclaration, findVendor, neededPurposes, purposesFromBits, scanVendorsBits, tcStringPurposesFor } from '../consent/index.ts';
import type { Result, VendorNeeds } from '../consent/index.ts';
import type { PurposeId } from '../consent/purposes.ts';
import { PURPOSES } from '../consent/purposes.ts';
import { success } from '../consent/result.ts';
import type { Hit } from './hit.ts';
import { HIT_PARAMETERS } from './parameters.ts';
import type { HitField } from './parameters.ts';
import type { ClientErrorCode } from './result.ts';
import { clientFailure } from './result.ts';

const makeInteger = require('makeInteger');
const parseUrl = require('parseUrl');

export type RouteLegalBasis = 'consent' | 'legitimateInterest';
export type RouteMethod = 'GET' | 'POST';

export interface Route {
  label: string;
  vendorId: number;
  purposes: PurposeId[];
  legalBasis: RouteLegalBasis;
  endpoint: string;
  method: RouteMethod;
  fields: HitField[];
  /**
   * The endpoint cut at its placeholders, found once per configuration rather than per forward: text, field,
   * text, …, text (odd places hold the fields, checked to be the route's, whose URL-encoded values go there).
   */
  pieces: string[];
  /** The fields sent as query parameters (GET) or in the JSON body (POST): the route's fields not placed in the endpoint. */
  sent: HitField[];
  /** What joins the query to the endpoint: '&' when the endpoint has a query already (placed values cannot add one). */
  queryJoiner: '?' | '&';
}

/** A routing-table row as GTM hands it over: every cell a string. */
export interface RouteRow {
  label: string;
  vendorId: string;
  purposes: string;
  legalBasis: string;
  endpoint: string;
  method: string;
  fields: string;
}

/**
 * The built-in rows: INFOnline (730) and agof (785), purposes from the consent core's vendor registry (the GVL
 * declaration in force). Their endpoints are template fields; a row without an endpoint is off.
 */
export const DEFAULT_ROUTES: readonly { label: string; vendorId: number; endpointField: 'infonlineEndpoint' | 'agofEndpoint'; fields: HitField[] }[] = [
  { label: 'INFOnline', vendorId: 730, endpointField: 'infonlineEndpoint', fields: ['st', 'cp', 'co', 'sv', 'ct', 'url', 'ref'] },
  { label: 'agof', vendorId: 785, endpointField: 'agofEndpoint', fields: ['st', 'cp', 'sv', 'ct'] },
];

/**
 * The key of a per-vendor map of this client (TC bits, attached identifiers): 'v' + the GVL id, not the bare id,
 * because V8 gives an object a ~9 KB array on its first index key below ~1,100 (730, 785), once per request.
 */
export function vendorKey(vendorId: number): string {
  return 'v' + vendorId;
}

/** The purposes a registered vendor needs, as a table cell ("1,8"). Configuration time only (the registry is built here). */
export function registeredPurposes(vendorId: number): string {
  const vendor = findVendor(vendorId, vendorRegistry());
  return vendor === undefined ? '' : neededPurposes(currentDeclaration(vendor)).join(',');
}

/** Check one row. A row that fails is skipped (and logged); the other rows still route. */
export function parseRoute(row: RouteRow): Result<Route, ClientErrorCode> {
  const label = row.label === '' ? 'vendor ' + row.vendorId : row.label;
  const vendorId = makeInteger(row.vendorId);
  if (!(vendorId >= 1) || '' + vendorId !== trim(row.vendorId)) return clientFailure('bad-route', label + ': the GVL id is not a positive integer');
  const purposes: PurposeId[] = [];
  for (const cell of splitList(row.purposes)) {
    const purpose = purposeOf(cell);
    if (purpose === undefined) return clientFailure('bad-route', label + ': "' + cell + '" is not a TCF purpose (1-11)');
    if (purposes.indexOf(purpose) === -1) purposes.push(purpose);
  }
  if (purposes.length === 0) return clientFailure('bad-route', label + ': no purposes needed; a route must name at least one');
  if (row.legalBasis !== 'consent' && row.legalBasis !== 'legitimateInterest') {
    return clientFailure('bad-route', label + ': the legal basis is not consent or legitimateInterest');
  }
  if (row.method !== 'GET' && row.method !== 'POST') return clientFailure('bad-route', label + ': the method is not GET or POST');
  const fields: HitField[] = [];
  for (const cell of splitList(row.fields)) {
    const field = fieldOf(cell);
    if (field === undefined) return clientFailure('bad-route', label + ': "' + cell + '" is not a hit field');
    if (fields.indexOf(field) === -1) fields.push(field);
  }
  const endpoint = checkEndpoint(label, trim(row.endpoint), fields);
  if (!endpoint.ok) return endpoint;
  const parts = endpointParts(endpoint.value, fields);
  return success({
    label: label,
    vendorId: vendorId,
    purposes: purposes,
    legalBasis: row.legalBasis,
    endpoint: endpoint.value,
    method: row.method,
    fields: fields,
    pieces: parts.pieces,
    sent: parts.sent,
    queryJoiner: parts.queryJoiner,
  });
}

/** A checked endpoint's pieces, the fields sent besides the placed ones, and its query joiner (Route). */
function endpointParts(endpoint: string, fields: HitField[]): { pieces: string[]; sent: HitField[]; queryJoiner: '?' | '&' } {
  const pieces = endpointPieces(endpoint);
  const placed = namesIn(pieces);
  const sent: HitField[] = [];
  for (const field of fields) {
    if (placed.indexOf(field) === -1) sent.push(field);
  }
  return { pieces: pieces, sent: sent, queryJoiner: endpoint.indexOf('?') === -1 ? '?' : '&' };
}

/**
 * The endpoint must be an absolute http(s) URL whose scheme and host contain no placeholder (a hit can never
 * choose where data goes); a placeholder must name one of the route's fields.
 */
export function checkEndpoint(label: string, endpoint: string, fields: HitField[]): Result<string, ClientErrorCode> {
  const schemeEnd = endpoint.indexOf('://');
  const scheme = schemeEnd === -1 ? '' : endpoint.slice(0, schemeEnd);
  if (scheme !== 'https' && scheme !== 'http') return clientFailure('bad-route', label + ': the endpoint is not an http(s) URL');
  const pathStart = endpoint.indexOf('/', schemeEnd + 3);
  const authority = pathStart === -1 ? endpoint.slice(schemeEnd + 3) : endpoint.slice(schemeEnd + 3, pathStart);
  if (authority === '' || authority.indexOf('{') !== -1 || authority.indexOf('}') !== -1 || authority.indexOf('?') !== -1 ||
    authority.indexOf('#') !== -1 || authority.indexOf('@') !== -1) {
    return clientFailure('bad-route', label + ': the endpoint host must be fixed (no placeholder, query or credentials)');
  }
  if (parseUrl(endpoint) === undefined) return clientFailure('bad-route', label + ': the endpoint does not parse as a URL');
  for (const name of placeholders(endpoint)) {
    if (fields.indexOf(name as HitField) === -1) {
      return clientFailure('bad-route', label + ': placeholder {' + name + '} is not one of the route\'s fields');
    }
  }
  return success(endpoint);
}

/** The names inside `{…}` in `text`, in order. */
export function placeholders(text: string): string[] {
  return namesIn(endpointPieces(text));
}

/** The placeholders' names among `endpointPieces`' pieces (the odd places). */
function namesIn(pieces: string[]): string[] {
  const names: string[] = [];
  for (let i = 1; i < pieces.length; i += 2) names.push(pieces[i]);
  return names;
}

/** `text` cut at its placeholders: text, name, text, …, text (an unclosed `{` is text). */
function endpointPieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  let at = text.indexOf('{');
  while (at !== -1) {
    const end = text.indexOf('}', at);
    if (end === -1) break;
    pieces.push(text.slice(from, at), text.slice(at + 1, end));
    from = end + 1;
    at = text.indexOf('{', from);
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Per route: what the visitor granted its vendor and whether the route may receive the hit. */
export interface RoutingDecision {
  route: Route;
  granted: number[];
  permitted: boolean;
  /** Why, in words, for the debug log and the event data. */
  reason: string;
}

export function decideRoute(hit: Hit, route: Route): RoutingDecision {
  const granted = grantedPurposes(hit, route);
  const missing: number[] = [];
  for (const purpose of route.purposes) {
    if (granted === undefined || granted.indexOf(purpose) === -1) missing.push(purpose);
  }
  let reason = 'all needed purposes granted';
  if (granted === undefined) reason = 'no consent signal for this vendor';
  else if (missing.length > 0) reason = 'purposes not granted: ' + missing.join(',');
  return { route: route, granted: granted === undefined ? [] : granted, permitted: missing.length === 0, reason: reason };
}

/** What a consent question asks of one vendor: a route's, or an identifier rule's own purposes for a route's vendor. */
export type PurposeAsk = Pick<Route, 'vendorId' | 'purposes' | 'legalBasis'>;

/**
 * The purposes the visitor granted the route's vendor, or undefined when no signal speaks for it. The ct speaks
 * for the vendors of its layout (730, 785), the TC string for every vendor; when both speak the stricter wins
 * (their intersection).
 */
export function grantedPurposes(hit: Hit, route: PurposeAsk): number[] | undefined {
  let granted: number[] | undefined = undefined;
  if (hit.ct !== undefined) granted = ctPurposesFor(hit.ct, route.vendorId);
  // The ct granting nothing decides alone: an intersection with it is empty whatever the TC string says.
  if (granted !== undefined && granted.length === 0) return granted;
  if (hit.tcString !== undefined) {
    const fromTc = tcPurposes(hit, route);
    granted = granted === undefined ? fromTc : intersect(granted, fromTc);
  }
  return granted;
}

/** The TC string's answer for the route's vendor under the route's own declaration (needs and legal basis). */
function tcPurposes(hit: Hit, route: PurposeAsk): number[] {
  // Without GDPR applying (gdpr=1) a TC string grants nothing (decision.ts), so there is nothing to read.
  if (hit.tcString === undefined || hit.gdprApplies !== true) return [];
  const bits = hit.tcBits[vendorKey(route.vendorId)];
  if (bits !== undefined) return purposesFromBits(bits, hit.gdprApplies, needsOf(route), 'declared');
  // A vendor the one pass did not cover: the per-vendor scan, reading this vendor's bits only.
  const purposes = tcStringPurposesFor(hit.tcString.text, route.vendorId, hit.gdprApplies, needsOf(route), 'declared');
  return purposes.ok ? purposes.value : [];
}

/**
 * The TC string's bits for every routed vendor in one pass over its sections, into `hit.tcBits` (the string was
 * checked whole when the hit was parsed; the decisions then read only these bits).
 */
export function scanRoutedVendors(hit: Hit, routes: Route[]): void {
  if (hit.tcString === undefined || hit.gdprApplies !== true || routes.length === 0) return;
  const vendorIds: number[] = [];
  for (const route of routes) vendorIds.push(route.vendorId);
  const all = scanVendorsBits(hit.tcString.text, vendorIds);
  if (all === undefined) return;
  for (let k = 0; k < vendorIds.length; k++) hit.tcBits[vendorKey(vendorIds[k])] = all[k];
}

/**
 * The route's needs as a vendor declaration states them: its purposes on its legal basis (LI only where TCF allows
 * it, else consent). Built at each decision (the configuration is copied for every request, so a stored one would
 * cost as much); a consent route needs nothing built but the record.
 */
function needsOf(route: PurposeAsk): VendorNeeds {
  if (route.legalBasis === 'consent') return { purposes: route.purposes, legIntPurposes: [], flexiblePurposes: [], specialFeatures: [] };
  const purposes: PurposeId[] = [];
  const legIntPurposes: PurposeId[] = [];
  for (const purpose of route.purposes) {
    if (liAllowed(purpose)) legIntPurposes.push(purpose);
    else purposes.push(purpose);
  }
  return { purposes: purposes, legIntPurposes: legIntPurposes, flexiblePurposes: [], specialFeatures: [] };
}

function liAllowed(purpose: PurposeId): boolean {
  for (const entry of PURPOSES) {
    if (entry.id === purpose) return entry.legitimateInterestAllowed;
  }
  return false;
}

export function purposeOf(cell: string): PurposeId | undefined {
  for (const entry of PURPOSES) {
    if ('' + entry.id === cell) return entry.id;
  }
  return undefined;
}

function fieldOf(cell: string): HitField | undefined {
  for (const parameter of HIT_PARAMETERS) {
    if (parameter.name === cell) return parameter.name;
  }
  return undefined;
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (const value of a) {
    if (b.indexOf(value) !== -1) out.push(value);
  }
  return out;
}

/** "1, 8" -> ["1", "8"]; empty cells dropped. */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(',')) {
    const value = trim(part);
    if (value !== '') out.push(value);
  }
  return out;
}

function trim(value: string): string {
  return value.trim();
}
