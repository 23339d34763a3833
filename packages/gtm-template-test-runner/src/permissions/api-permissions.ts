/**
 * Which `queryPermission` calls an API call implies: `sendPixel(url)` → `[['send_pixel', url]]`. The host asks
 * this table before running an un-mocked API and refuses the call when one query is denied (GTM's rule: APIs check
 * their permission; mocked APIs skip it). Object APIs are named `object.method` (`localStorage.getItem`), as the
 * host calls them. An API that needs no permission, or is unknown, implies `[]`.
 *
 * Sources: research/gtm-sandbox.md §2.1 / §2.2 (API → permission) and Google's query signatures (§2, §3.4).
 * Entries marked [Inf] are inferred where Google's pages name the permission but not the query.
 */
import type { SandboxContext } from '../runtime/apis/env.ts';

type Queries = (args: readonly unknown[]) => unknown[][];

interface ApiPermission {
  contexts: readonly SandboxContext[];
  queries: Queries;
}

const web = ['web'] as const;
const server = ['server'] as const;
const both = ['web', 'server'] as const;

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const one = (id: string, ...fixed: unknown[]) => (): unknown[][] => [[id, ...fixed]];

/** Consent-state objects: every key except the non-consent settings names a consent type to write. */
const consentSettings = ['wait_for_update', 'region'];
const consentWrites: Queries = ([state]) =>
  Object.keys(record(state)).filter((k) => !consentSettings.includes(k)).map((type) => ['access_consent', type, 'write']);

/** `setPixelResponse` writes status, body and these headers (Google's server API page lists them). */
const pixelHeaders = ['content-type', 'cache-control', 'expires', 'pragma'];

export const apiPermissions: { readonly [apiName: string]: ApiPermission } = {
  // --- web ---
  addConsentListener: { contexts: web, queries: ([type]) => [['access_consent', type, 'read']] },
  aliasInWindow: { contexts: web, queries: ([to, from]) => [['access_globals', 'write', to], ['access_globals', 'read', from]] }, // [Inf]
  callInWindow: { contexts: web, queries: ([path]) => [['access_globals', 'execute', path]] },
  copyFromDataLayer: { contexts: web, queries: ([key]) => [['read_data_layer', key]] },
  copyFromWindow: { contexts: web, queries: ([key]) => [['access_globals', 'read', key]] },
  createArgumentsQueue: { contexts: web, queries: ([fnKey, arrayKey]) => [['access_globals', 'readwrite', fnKey], ['access_globals', 'readwrite', arrayKey]] },
  createQueue: { contexts: web, queries: ([arrayKey]) => [['access_globals', 'readwrite', arrayKey]] },
  getQueryParameters: { contexts: web, queries: ([key]) => [['get_url', 'query', key]] },
  getReferrerQueryParameters: { contexts: web, queries: ([key]) => [['get_referrer', 'query', key]] },
  getReferrerUrl: { contexts: web, queries: ([component]) => [component === undefined ? ['get_referrer'] : ['get_referrer', component]] },
  getUrl: { contexts: web, queries: ([component]) => [component === undefined ? ['get_url'] : ['get_url', component]] },
  gtagSet: { contexts: web, queries: ([settings]) => Object.keys(record(settings)).map((key) => ['write_data_layer', key]) },
  injectHiddenIframe: { contexts: web, queries: ([url]) => [['inject_hidden_iframe', url]] },
  injectScript: { contexts: web, queries: ([url]) => [['inject_script', url]] },
  isConsentGranted: { contexts: web, queries: ([type]) => [['access_consent', type, 'read']] },
  'localStorage.getItem': { contexts: web, queries: ([key]) => [['access_local_storage', 'read', key]] },
  'localStorage.setItem': { contexts: web, queries: ([key]) => [['access_local_storage', 'write', key]] },
  'localStorage.removeItem': { contexts: web, queries: ([key]) => [['access_local_storage', 'write', key]] },
  readCharacterSet: { contexts: web, queries: one('read_character_set') },
  readTitle: { contexts: web, queries: one('read_title') },
  sendPixel: { contexts: web, queries: ([url]) => [['send_pixel', url]] },
  setDefaultConsentState: { contexts: web, queries: consentWrites },
  updateConsentState: { contexts: web, queries: consentWrites },
  setInWindow: { contexts: web, queries: ([key]) => [['access_globals', 'write', key]] },
  'templateStorage.getItem': { contexts: web, queries: one('access_template_storage') },
  'templateStorage.setItem': { contexts: web, queries: one('access_template_storage') },
  'templateStorage.removeItem': { contexts: web, queries: one('access_template_storage') },
  'templateStorage.clear': { contexts: web, queries: one('access_template_storage') },
  // --- web and server ---
  addEventCallback: { contexts: both, queries: one('read_event_metadata') },
  getContainerVersion: { contexts: both, queries: one('read_container_data') },
  getCookieValues: { contexts: both, queries: ([name]) => [['get_cookies', name]] },
  logToConsole: { contexts: both, queries: one('logging') },
  setCookie: { contexts: both, queries: ([name, , options]) => [['set_cookies', name, record(options)]] },
  // --- server ---
  getClientName: { contexts: server, queries: one('read_container_data') },
  getRequestBody: { contexts: server, queries: one('read_request', 'body') },
  getRequestHeader: { contexts: server, queries: ([name]) => [['read_request', 'header', name]] },
  getRequestMethod: { contexts: server, queries: one('read_request', 'method') },
  getRequestPath: { contexts: server, queries: one('read_request', 'path') },
  getRequestQueryParameter: { contexts: server, queries: ([name]) => [['read_request', 'query', name]] },
  getRequestQueryParameters: { contexts: server, queries: one('read_request', 'query') },
  getRequestQueryString: { contexts: server, queries: one('read_request', 'query') },
  getRemoteAddress: { contexts: server, queries: one('read_request', 'remoteAddress') },
  setResponseBody: { contexts: server, queries: one('access_response', 'write', 'body') },
  setResponseHeader: { contexts: server, queries: ([name]) => [['access_response', 'write', 'header', name]] },
  setResponseStatus: { contexts: server, queries: one('access_response', 'write', 'status') },
  setPixelResponse: {
    contexts: server,
    queries: () => [
      ['access_response', 'write', 'status'],
      ['access_response', 'write', 'body'],
      ...pixelHeaders.map((h) => ['access_response', 'write', 'header', h]),
    ],
  },
  returnResponse: { contexts: server, queries: one('return_response') },
  runContainer: { contexts: server, queries: one('run_container') },
  sendHttpRequest: { contexts: server, queries: ([url]) => [['send_http', url]] },
  sendHttpGet: { contexts: server, queries: ([url]) => [['send_http', url]] },
  sendPixelFromBrowser: { contexts: server, queries: ([url]) => [['send_pixel_from_browser', url]] },
  getEventData: { contexts: server, queries: ([key]) => [['read_event_data', key]] },
  getAllEventData: { contexts: server, queries: one('read_event_data') },
  'templateDataStorage.getItemCopy': { contexts: server, queries: one('access_template_storage') },
  'templateDataStorage.setItemCopy': { contexts: server, queries: one('access_template_storage') },
  'templateDataStorage.removeItem': { contexts: server, queries: one('access_template_storage') },
  'templateDataStorage.clear': { contexts: server, queries: one('access_template_storage') },
  'BigQuery.insert': {
    contexts: server,
    queries: ([connection]) => {
      const c = record(connection);
      return [['access_bigquery', 'write', { projectId: c.projectId, datasetId: c.datasetId, tableId: c.tableId }]];
    },
  },
  'Firestore.read': { contexts: server, queries: ([path, options]) => [['access_firestore', 'read', firestoreTarget(path, options)]] },
  'Firestore.write': { contexts: server, queries: ([path, , options]) => [['access_firestore', 'write', firestoreTarget(path, options)]] },
  'Firestore.query': { contexts: server, queries: ([collection, , options]) => [['access_firestore', 'read', firestoreTarget(collection, options)]] },
  getGoogleAuth: { contexts: server, queries: ([options]) => [['use_google_credentials', record(options).scopes]] },
  hmacSha256: { contexts: server, queries: ([, keyId]) => [['use_custom_private_keys', keyId]] }, // [Inf]
  addMessageListener: { contexts: server, queries: ([type]) => [['use_message', 'listen', type]] },
  hasMessageListener: { contexts: server, queries: ([type]) => [['use_message', 'listen', type]] }, // [Inf]
  sendMessage: { contexts: server, queries: ([type]) => [['use_message', 'send', type]] },
};

function firestoreTarget(path: unknown, options: unknown): Record<string, unknown> {
  const o = record(options);
  const target: Record<string, unknown> = { path, projectId: o.projectId };
  if (o.databaseId !== undefined) target.databaseId = o.databaseId;
  return target;
}

/** The table's entry for `apiName` in `context` (an own entry only: `constructor` is no API). */
function entryFor(apiName: string, context: SandboxContext): ApiPermission | undefined {
  const entry = Object.hasOwn(apiPermissions, apiName) ? apiPermissions[apiName] : undefined;
  return entry !== undefined && entry.contexts.includes(context) ? entry : undefined;
}

/** Whether any call of `apiName` implies a permission query in `context` (false: no call of it needs asking). */
export function apiNeedsPermission(apiName: string, context: SandboxContext): boolean {
  return entryFor(apiName, context) !== undefined;
}

/**
 * The `queryPermission` calls that calling `apiName` with `args` implies in `context`. APIs needing no permission
 * (JSON, Math, makeString, parseUrl, sha256, callLater, claimRequest, Promise, …) and APIs of the other context
 * give `[]`. Not checked, for want of a documented permission: Firestore.runTransaction (its reads and writes are
 * the transaction's), isRequestMpv1/2, extractEventsFromMpv1/2, getGoogleScript, sendEventToGoogleAnalytics,
 * readAnalyticsStorage (research §8 item 10).
 */
export function permissionQueryFor(apiName: string, args: readonly unknown[], context: SandboxContext): unknown[][] {
  const entry = entryFor(apiName, context);
  return entry === undefined ? [] : entry.queries(args);
}
