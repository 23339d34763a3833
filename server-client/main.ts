/**
 * INFOnline measurement client (consent-gated). Claims hits on the configured path, validates them, decides per
 * vendor from the visitor's consent (ct and TC string; the stricter wins; nothing without a signal), forwards each
 * permitted vendor only its fields, runs the container with the consent per vendor, and answers the browser once,
 * without waiting for any vendor. Wire format: docs/wire-protocol.md; set-up: docs/server-client.md.
 */
import type { DataOf } from '../compiler/fields.ts';
import { buildForward, sendForward } from './forward.ts';
import type { Forward, ForwardOutcome } from './forward.ts';
import { parseHits, rawHits } from './hit.ts';
import { decideIdentifier, identifierValue, parseIdentifierRule } from './identity.ts';
import type { IdentifierRule, IdentifierSource } from './identity.ts';
import { linkEvent, parseLink } from './links.ts';
import type { Link } from './links.ts';
import { HIT_PARAMETERS } from './parameters.ts';
import type { Hit, RawHit } from './hit.ts';
import { respond } from './response.ts';
import type { ResponseType } from './response.ts';
import { DEFAULT_ROUTES, decideRoute, parseRoute, registeredPurposes, scanRoutedVendors, splitList, vendorKey } from './routing.ts';
import type { Route, RouteRow, RoutingDecision } from './routing.ts';
import type { fields } from './fields.ts';

declare const data: DataOf<typeof fields>;

const claimRequest = require('claimRequest');
const getContainerVersion = require('getContainerVersion');
const getCookieValues = require('getCookieValues');
const getRequestBody = require('getRequestBody');
const getRequestHeader = require('getRequestHeader');
const getRequestMethod = require('getRequestMethod');
const getRequestPath = require('getRequestPath');
const getRequestQueryParameter = require('getRequestQueryParameter');
const getTimestampMillis = require('getTimestampMillis');
const logToConsole = require('logToConsole');
const makeInteger = require('makeInteger');
const runContainer = require('runContainer');
const templateDataStorage = require('templateDataStorage');

const DEFAULT_PATH = '/iom';
const DEFAULT_TIMEOUT = 2000;
const MAX_TIMEOUT = 30000;
const CLAIMED_METHODS: readonly string[] = ['GET', 'POST', 'OPTIONS'];
const EVENT_NAME = 'iom_hit';
/**
 * templateDataStorage key of the parsed configuration: one entry per claimed path (two instances of this client on
 * different paths do not overwrite each other), replaced when the configuration changes.
 */
const CONFIG_KEY = 'iom_client_config ';
/**
 * Part of the stored entry's identity besides the cells: bump it whenever the table parsers, the vendor registry or
 * the shape of `Configuration` change, so a new template version never routes by tables an older one parsed.
 */
const CONFIG_FORMAT = 3;

/** What a forward carries besides its fields when there are no identifier rules (buildForward only reads it). */
const NO_IDENTIFIERS: { [name: string]: string } = {};

/** The publisher's tables, checked: what every request routes by. */
interface Configuration {
  routes: Route[];
  rules: IdentifierRule[];
  links: Link[];
  /** Why rows were skipped, logged on every request in debug. */
  skipped: string[];
}

/** Preview/debug mode, read once per request (each read is an API call): the debug log is built only then. */
let debugMode = false;

const path = data.path === undefined || data.path === '' ? DEFAULT_PATH : data.path;
const method = getRequestMethod();

if (getRequestPath() === path && CLAIMED_METHODS.indexOf(method) !== -1) {
  claimRequest();
  handleRequest();
}

function handleRequest(): void {
  debugMode = getContainerVersion().debugMode === true;
  const allowedOrigins = splitList(data.allowedOrigins === undefined ? '' : data.allowedOrigins);
  // The Origin decides CORS headers only: with no origins listed (the default) it is not read at all.
  const origin = allowedOrigins.length === 0 ? undefined : getRequestHeader('origin');
  if (method === 'OPTIONS') {
    respond({ kind: 'preflight' }, origin, allowedOrigins);
    return;
  }
  const raw = rawHits(method, method === 'GET' ? queryHit() : {}, method === 'POST' ? getRequestBody() : undefined);
  const hits = raw.ok ? parseHits(raw.value) : raw;
  if (!hits.ok) {
    if (debugMode) debug('refused: ' + hits.error.message);
    respond({ kind: 'refused', reason: hits.error.message }, origin, allowedOrigins);
    return;
  }
  // The browser's answer comes first and never waits: the container and the vendors run after it.
  respond({ kind: 'accepted', responseType: responseTypeOf(data.responseType) }, origin, allowedOrigins);
  const config = configuration();
  const routes = config.routes;
  const rules = config.rules;
  const links = config.links;
  if (debugMode) {
    for (const message of config.skipped) debug(message);
  }
  const timeout = timeoutOf(data.timeout);
  // The server's clock, for the age of a browser-sent cts (identifier rules only).
  const now = rules.length === 0 ? 0 : getTimestampMillis();
  const forwards: { label: string; forward: Forward }[] = [];
  for (let i = 0; i < hits.value.length; i++) {
    const hit = hits.value[i];
    scanRoutedVendors(hit, routes);
    const decisions: RoutingDecision[] = [];
    // Per vendor (vendorKey): the identifiers attached for it on this hit, for the link events.
    const attachedByVendor: { [vendorKey: string]: { [name: string]: string } } = {};
    for (const route of routes) {
      const decision = decideRoute(hit, route);
      decisions.push(decision);
      if (debugMode) {
        debug('hit ' + (i + 1) + ': ' + route.label + ' (' + route.vendorId + ') ' + (decision.permitted ? 'forwarded' : 'not forwarded') +
          ': ' + decision.reason + '; granted [' + decision.granted.join(',') + ']');
      }
      if (decision.permitted) {
        // Without identifier rules nothing is attached and no link event can fire: no bookkeeping per route.
        const identifiers = rules.length === 0 ? NO_IDENTIFIERS : attachedIdentifiers(i, hit, route, rules, raw.ok ? raw.value[i] : {}, now);
        forwards.push({ label: route.label, forward: buildForward(route, hit, identifiers) });
        if (rules.length > 0) {
          const key = vendorKey(route.vendorId);
          if (attachedByVendor[key] === undefined) attachedByVendor[key] = {};
          for (const name in identifiers) attachedByVendor[key][name] = identifiers[name];
        }
      } else if (debugMode) {
        for (const rule of rules) {
          if (rule.vendors.indexOf(route.vendorId) !== -1) auditIdentifier(i, route, rule.name, 'stripped', 'the hit is not forwarded to this vendor');
        }
      }
    }
    for (const link of links) {
      const attached = attachedByVendor[vendorKey(link.vendorId)];
      const event = linkEvent(link, attached === undefined ? {} : attached);
      if (debugMode) {
        debug('hit ' + (i + 1) + ': link ' + link.label + ' (' + link.vendorId + ') ' +
          (event.ok ? 'sent: ' + link.first + ', ' + link.second + ' both attached' : 'not sent: ' + event.error.message));
      }
      if (event.ok) forwards.push({ label: link.label, forward: event.value });
    }
    runContainer(eventOf(hit, decisions));
  }
  // Outside debug nobody reads an outcome: no callbacks are attached then.
  for (const entry of forwards) sendForward(entry.label, entry.forward, timeout, debugMode ? logOutcome : undefined);
}

/**
 * The identifiers the rules attach to this hit's forward to `route`'s vendor: each rule that lists the vendor
 * decides on its own (docs/privacy.md); every decision is logged in debug, attached or stripped, with its reason.
 */
function attachedIdentifiers(index: number, hit: Hit, route: Route, rules: IdentifierRule[], rawHit: RawHit, now: number): { [name: string]: string } {
  const attached: { [name: string]: string } = {};
  for (const rule of rules) {
    if (rule.vendors.indexOf(route.vendorId) === -1) continue;
    const value = identifierValue(rule, (source: IdentifierSource, key: string) => readIdentifier(source, key, rawHit));
    const decision = decideIdentifier(rule, hit, route, value, now);
    if (debugMode) auditIdentifier(index, route, rule.name, decision.attached ? 'attached' : 'stripped', decision.reason);
    if (decision.attached && value !== undefined) attached[rule.name] = value;
  }
  return attached;
}

function readIdentifier(source: IdentifierSource, key: string, rawHit: RawHit): unknown {
  if (source === 'cookie') {
    const values = getCookieValues(key);
    return values.length === 0 ? undefined : values[0];
  }
  if (source === 'query') return getRequestQueryParameter(key);
  return method === 'POST' ? rawHit[key] : undefined;
}

function auditIdentifier(index: number, route: Route, name: string, outcome: string, reason: string): void {
  debug('hit ' + (index + 1) + ': ' + route.label + ' (' + route.vendorId + ') identifier ' + name + ' ' + outcome + ' by rule ' + name + ': ' + reason);
}

/**
 * The fields the tables are parsed from, as this request has them: what a stored configuration is kept for
 * (CONFIG_FORMAT stands for the parsers themselves). Every field `configuredRoutes`, `configuredRules` and
 * `configuredLinks` read belongs here.
 */
interface ConfigCells {
  format: number;
  useDefaultRoutes: boolean | undefined;
  infonlineEndpoint: string | undefined;
  agofEndpoint: string | undefined;
  routes: Row[] | undefined;
  identifiers: Row[] | undefined;
  linkEvents: Row[] | undefined;
}

/** A table row as GTM hands it over: column name -> cell. */
type Row = { [column: string]: unknown };

/**
 * The checked tables, parsed once per configuration rather than per request: kept in templateDataStorage with the
 * cells they came from, and parsed again only when those differ (a new container version).
 */
function configuration(): Configuration {
  const cells: ConfigCells = {
    format: CONFIG_FORMAT,
    useDefaultRoutes: data.useDefaultRoutes,
    infonlineEndpoint: data.infonlineEndpoint,
    agofEndpoint: data.agofEndpoint,
    routes: data.routes,
    identifiers: data.identifiers,
    linkEvents: data.linkEvents,
  };
  // An entry an older template kept has no cells (its shape was { raw, config }).
  const stored = templateDataStorage.getItemCopy(CONFIG_KEY + path) as { cells: ConfigCells | undefined; config: Configuration } | null | undefined;
  if (stored !== null && stored !== undefined && sameCells(stored.cells, cells)) return stored.config;
  const skipped: string[] = [];
  const routes = configuredRoutes(skipped);
  const rules = configuredRules(skipped);
  const config: Configuration = { routes: routes, rules: rules, links: configuredLinks(rules, skipped), skipped: skipped };
  templateDataStorage.setItemCopy(CONFIG_KEY + path, { cells: cells, config: config });
  return config;
}

/**
 * Whether a stored entry was parsed from these cells. Compared cell by cell rather than as one serialized string:
 * at every request, a JSON text of the tables cost several times the comparison. An entry of another shape (an
 * older template's) is never the same.
 */
function sameCells(stored: ConfigCells | undefined, cells: ConfigCells): boolean {
  return stored !== undefined && stored !== null && stored.format === cells.format &&
    stored.useDefaultRoutes === cells.useDefaultRoutes && stored.infonlineEndpoint === cells.infonlineEndpoint &&
    stored.agofEndpoint === cells.agofEndpoint && sameTable(stored.routes, cells.routes) &&
    sameTable(stored.identifiers, cells.identifiers) && sameTable(stored.linkEvents, cells.linkEvents);
}

/** Row by row, cell by cell (cells are strings; a cell holding an object never equals its stored copy). */
function sameTable(stored: Row[] | undefined, table: Row[] | undefined): boolean {
  if (stored === undefined || table === undefined) return stored === table;
  if (stored.length !== table.length) return false;
  for (let i = 0; i < table.length; i++) {
    const storedRow = stored[i];
    const row = table[i];
    // Every cell of the row as kept, and no column besides: with as many columns, a column only the kept row had
    // would leave one of the row's own unmatched (its cell reads undefined there; a GTM cell is a string).
    let columns = 0;
    for (const column in row) {
      if (storedRow[column] !== row[column]) return false;
      columns++;
    }
    for (const _column in storedRow) columns--;
    if (columns !== 0) return false;
  }
  return true;
}

/** The publisher's identifier rules; a bad row is skipped (its reason goes to `skipped`). */
function configuredRules(skipped: string[]): IdentifierRule[] {
  const rules: IdentifierRule[] = [];
  const table = data.identifiers === undefined ? [] : data.identifiers;
  for (const row of table) {
    const rule = parseIdentifierRule(row);
    if (rule.ok) rules.push(rule.value);
    else skipped.push('identifier rule skipped: ' + rule.error.message);
  }
  return rules;
}

/** The publisher's link events; a bad row is skipped (its reason goes to `skipped`). */
function configuredLinks(rules: IdentifierRule[], skipped: string[]): Link[] {
  const names: string[] = [];
  for (const rule of rules) names.push(rule.name);
  const links: Link[] = [];
  const table = data.linkEvents === undefined ? [] : data.linkEvents;
  for (const row of table) {
    const link = parseLink(row, names);
    if (link.ok) links.push(link.value);
    else skipped.push('link event skipped: ' + link.error.message);
  }
  return links;
}

/** A GET hit: only the known parameters are read (least privilege: a query-parameter allow list). */
function queryHit(): RawHit {
  const hit: RawHit = {};
  for (const parameter of HIT_PARAMETERS) hit[parameter.name] = getRequestQueryParameter(parameter.name);
  return hit;
}

/** The built-in rows (when on and given an endpoint) and the publisher's rows; a bad row is skipped (reason to `skipped`). */
function configuredRoutes(skipped: string[]): Route[] {
  const rows: RouteRow[] = [];
  if (data.useDefaultRoutes !== false) {
    for (const entry of DEFAULT_ROUTES) {
      const endpoint = data[entry.endpointField];
      if (endpoint === undefined || endpoint === '') continue;
      rows.push({
        label: entry.label,
        vendorId: '' + entry.vendorId,
        purposes: registeredPurposes(entry.vendorId),
        legalBasis: 'consent',
        endpoint: endpoint,
        method: 'GET',
        fields: entry.fields.join(','),
      });
    }
  }
  const table = data.routes === undefined ? [] : data.routes;
  for (const row of table) rows.push(row);
  const routes: Route[] = [];
  for (const row of rows) {
    const route = parseRoute(row);
    if (route.ok) routes.push(route.value);
    else skipped.push('route skipped: ' + route.error.message);
  }
  return routes;
}

/** The event the container runs: the hit's values and, per vendor, what it was granted and whether it got the hit. */
function eventOf(hit: Hit, decisions: RoutingDecision[]): { [key: string]: unknown } {
  const event: { [key: string]: unknown } = { event_name: EVENT_NAME };
  for (const name in hit.values) event[name] = hit.values[name];
  const consent: { [vendorId: string]: { label: string; purposes_needed: number[]; purposes_granted: number[]; forwarded: boolean } } = {};
  for (const decision of decisions) {
    consent['' + decision.route.vendorId] = {
      label: decision.route.label,
      purposes_needed: decision.route.purposes,
      purposes_granted: decision.granted,
      forwarded: decision.permitted,
    };
  }
  event.consent_per_vendor = consent;
  return event;
}

function timeoutOf(value: string | undefined): number {
  const timeout = makeInteger(value);
  return timeout >= 1 && timeout <= MAX_TIMEOUT ? timeout : DEFAULT_TIMEOUT;
}

function responseTypeOf(value: string | undefined): ResponseType {
  return value === 'pixel' ? 'pixel' : 'noContent';
}

function logOutcome(outcome: ForwardOutcome): void {
  debug('forward to ' + outcome.label + ': ' + outcome.status + (outcome.statusCode === 0 ? '' : ' ' + outcome.statusCode));
}

/** Routing decisions go to the console in preview/debug only; callers build the message only when `debugMode`. */
function debug(message: string): void {
  if (debugMode) logToConsole('iom client: ' + message);
}
