/**
 * GTM's permission model: does a template's declared permission allow `queryPermission(permissionId, ...args)`?
 *
 * One table, `permissionRules`, from permission id to the rule that reads the permission's decoded parameters
 * (research/gtm-sandbox.md §3.4 for the parameter names, §2 for the query signatures) and the query's arguments.
 * `checkPermission` looks the declared permission up and runs its rule; an undeclared permission is denied.
 * Denials name the permission and the argument, e.g.
 * `Permission denied: send_pixel does not allow URL "https://evil.example/x"`.
 *
 * Where Google's pages do not say how a configuration is matched, the rule says what it assumes next to it.
 */
import type { Permission, PlainValue } from '../tpl/types.ts';
import { urlAllowed, wildcardMatch } from './url-pattern.ts';

export type Verdict = { ok: true } | { ok: false; message: string };

export interface PermissionOptions {
  /**
   * Whether the container runs in debug/preview mode. `logging` configured for `debug` only logs there.
   * GTM's template editor (where `___TESTS___` run) is a debug environment, hence the default `true`.
   */
  debugMode: boolean;
}

export const defaultPermissionOptions: PermissionOptions = { debugMode: true };

type Params = { readonly [key: string]: PlainValue };
type Rule = (params: Params, args: readonly unknown[], options: PermissionOptions) => Verdict;

const allowed: Verdict = { ok: true };

const deny = (id: string, text: string): Verdict => ({ ok: false, message: `Permission denied: ${id} ${text}` });

/** A value as it appears in a message: strings quoted, everything else as JSON where possible. */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const text = (params: Params, key: string, fallback: string): string => {
  const v = params[key];
  return typeof v === 'string' ? v : fallback;
};
const flag = (params: Params, key: string): boolean => params[key] === true;
const strings = (params: Params, key: string): string[] => {
  const v = params[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};
const records = (params: Params, key: string): Params[] => {
  const v = params[key];
  return Array.isArray(v) ? v.filter((x): x is Params => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
};
const field = (record: Params, key: string): string => text(record, key, '');
const isString = (v: unknown): v is string => typeof v === 'string';

/** `access_globals` / `access_local_storage` / `access_consent` style: a list of entries with read/write(/execute). */
const accessKinds = {
  read: ['read'],
  write: ['write'],
  readwrite: ['read', 'write'],
  execute: ['execute'],
} as const satisfies Record<string, readonly string[]>;

function keyedAccess(id: string, listKey: string, nameKey: string, what: string, kinds: readonly (keyof typeof accessKinds)[]) {
  return (params: Params, access: unknown, name: unknown): Verdict => {
    if (!isString(access) || !(kinds as readonly string[]).includes(access)) {
      return deny(id, `does not know the access ${describe(access)} (expected ${kinds.map((k) => `"${k}"`).join(', ')})`);
    }
    if (!isString(name)) return deny(id, `needs a ${what} as a string, got ${describe(name)}`);
    const needed = accessKinds[access as keyof typeof accessKinds];
    // A key may be listed more than once (one entry per checkbox); together they grant what is needed.
    const entries = records(params, listKey).filter((r) => field(r, nameKey) === name);
    const ok = needed.every((n) => entries.some((entry) => flag(entry, n)));
    return ok ? allowed : deny(id, `does not allow ${access} access to ${what} ${describe(name)}`);
  };
}

const globals = keyedAccess('access_globals', 'keys', 'key', 'key', ['read', 'write', 'readwrite', 'execute']);
const localStorage = keyedAccess('access_local_storage', 'keys', 'key', 'key', ['read', 'write', 'readwrite']);
const consent = keyedAccess('access_consent', 'consentTypes', 'consentType', 'consent type', ['read', 'write']);

/**
 * `'any' | 'specific'` selectors with a list of allowed names. Names are matched exactly, with `*` as a wildcard
 * (published `set_cookies` entries use `"*"` for "any name"; assumed to work the same for the other lists).
 */
function anyOrListed(params: Params, selectorKey: string, listKey: string, name: string): boolean {
  if (text(params, selectorKey, 'specific') === 'any') return true;
  return strings(params, listKey).some((pattern) => wildcardMatch(pattern, name));
}

/**
 * Data layer / event data key patterns: `a.b` allows `a.b` and everything below it (`a.b.c`); `a.*` allows
 * everything below `a` and `a` itself; `*` allows every key. GTM documents "a leading series of dotted references,
 * with a trailing wildcard". Published templates disagree on the edges: one reads `copyFromDataLayer('ecommerce')`
 * with only `ecommerce.*` declared, another declares both `cookieframeConsent` and `cookieframeConsent.*`. The
 * permissive reading is taken, so that templates working in GTM are not refused here [Inf].
 */
export function keyPatternAllows(pattern: string, key: string): boolean {
  if (pattern === '*') return true;
  const base = pattern.endsWith('.*') ? pattern.slice(0, -2) : pattern;
  return key === base || key.startsWith(`${base}.`);
}

function urlRule(id: string, hasSelector: boolean): Rule {
  return (params, [url]) => {
    if (!isString(url)) return deny(id, `needs a URL as a string, got ${describe(url)}`);
    if (hasSelector && text(params, 'allowedUrls', 'specific') === 'any') return allowed;
    if (id === 'send_http' && flag(params, 'allowGoogleDomains') && isGoogleUrl(url)) return allowed;
    return urlAllowed(strings(params, 'urls'), url) ? allowed : deny(id, `does not allow URL ${describe(url)}`);
  };
}

/** Domains `send_http`'s "allow Google domains" box stands for. [Inf: the list is not published; these are the
 * domains Google's own server tags call.] */
const googleDomains = [
  'google.com', 'googleapis.com', 'google-analytics.com', 'googletagmanager.com', 'doubleclick.net',
  'googleadservices.com', 'googlesyndication.com', 'google.de', 'gstatic.com',
];

function isGoogleUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && googleDomains.some((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

/** URL parts of `get_url` / `get_referrer` (the `component` argument of `getUrl`). */
const urlParts = ['protocol', 'host', 'port', 'path', 'extension', 'fragment', 'query'] as const;

function urlReadRule(id: string): Rule {
  return (params, [component, queryKey]) => {
    const anyPart = text(params, 'urlParts', 'specific') === 'any';
    if (component === undefined || component === null) {
      return anyPart ? allowed : deny(id, 'does not allow reading the whole URL (URL parts are "specific")');
    }
    if (!isString(component) || !(urlParts as readonly string[]).includes(component)) {
      return deny(id, `does not know the URL component ${describe(component)}`);
    }
    if (!anyPart && !flag(params, component)) return deny(id, `does not allow the URL component ${describe(component)}`);
    if (component !== 'query' || queryKey === undefined) {
      if (component === 'query' && text(params, 'queriesAllowed', 'any') !== 'any') {
        return deny(id, 'does not allow reading every query parameter (query keys are "specific")');
      }
      return allowed;
    }
    if (!isString(queryKey)) return deny(id, `needs a query key as a string, got ${describe(queryKey)}`);
    return anyOrListed(params, 'queriesAllowed', 'queryKeys', queryKey) ? allowed : deny(id, `does not allow the query key ${describe(queryKey)}`);
  };
}

const declaredOnly: Rule = () => allowed;

/**
 * `set_cookies`: each allowed cookie is `{name, domain, path, secure, session}`.
 * [Inf] `domain`/`path` `"*"` allow any; otherwise the option must equal the entry (domains compared without a
 * leading dot, case-insensitively; an omitted domain or `'auto'` is allowed, GTM resolves it to the page's own
 * domain; an omitted path means `/`). `secure: 'secure'` needs `options.secure === true`, `'any'` allows both,
 * other values need a non-secure cookie. `session: 'session'` needs no `max-age`/`expires`, `'any'` allows both,
 * other values need a persistent cookie.
 */
function cookieAllowed(entry: Params, name: string, options: Record<string, unknown>): boolean {
  if (!wildcardMatch(field(entry, 'name'), name)) return false;
  const bare = (d: string): string => d.replace(/^\./, '').toLowerCase();
  const domain = field(entry, 'domain');
  const wantedDomain = options.domain;
  if (domain !== '*' && wantedDomain !== undefined && wantedDomain !== 'auto' && bare(String(wantedDomain)) !== bare(domain)) return false;
  const path = field(entry, 'path');
  const wantedPath = options.path === undefined ? '/' : String(options.path);
  if (path !== '*' && path !== '' && wantedPath !== path) return false;
  const secure = field(entry, 'secure');
  if (secure === 'secure' && options.secure !== true) return false;
  if (secure !== 'any' && secure !== 'secure' && secure !== '' && options.secure === true) return false;
  const session = field(entry, 'session');
  const persistent = options['max-age'] !== undefined || options.expires !== undefined;
  if (session === 'session' && persistent) return false;
  if (session !== 'any' && session !== 'session' && session !== '' && !persistent) return false;
  return true;
}

/** `read_request` parts and the boolean that opens each when `requestAccess` is `specific`. */
const requestParts: Record<string, string | undefined> = {
  body: 'bodyAllowed',
  header: 'headersAllowed',
  method: undefined,
  path: 'pathAllowed',
  query: 'queryParametersAllowed',
  remoteAddress: 'remoteAddressAllowed',
};

/** `access_response` parts and the boolean that opens each when `writeResponseAccess` is `specific`. */
const responseParts: Record<string, string> = {
  status: 'writeStatusAllowed',
  header: 'writeHeadersAllowed',
  body: 'writeBodyAllowed',
};

const headerListed = (list: Params[], key: string, name: string): boolean =>
  list.some((r) => field(r, key).toLowerCase() === name.toLowerCase());

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** `'*'` or an empty entry field allows anything; otherwise the wanted value must be equal. */
const matchesField = (entryValue: string, wanted: unknown): boolean =>
  entryValue === '*' || entryValue === '' || (isString(wanted) && wildcardMatch(entryValue, wanted));

export const permissionRules: { readonly [id: string]: Rule } = {
  // --- web and server ---
  access_globals: (p, [access, key]) => globals(p, access, key),
  access_local_storage: (p, [access, key]) => localStorage(p, access, key),
  access_consent: (p, [consentType, access]) => consent(p, access, consentType),
  get_cookies: (p, [name]) => {
    if (!isString(name)) return deny('get_cookies', `needs a cookie name as a string, got ${describe(name)}`);
    return anyOrListed(p, 'cookieAccess', 'cookieNames', name) ? allowed : deny('get_cookies', `does not allow reading cookie ${describe(name)}`);
  },
  set_cookies: (p, [name, options]) => {
    if (!isString(name)) return deny('set_cookies', `needs a cookie name as a string, got ${describe(name)}`);
    const o = asRecord(options);
    return records(p, 'allowedCookies').some((entry) => cookieAllowed(entry, name, o))
      ? allowed
      : deny('set_cookies', `does not allow setting cookie ${describe(name)} with options ${describe(o)}`);
  },
  get_url: urlReadRule('get_url'),
  get_referrer: urlReadRule('get_referrer'),
  inject_script: urlRule('inject_script', false),
  inject_hidden_iframe: urlRule('inject_hidden_iframe', false),
  send_pixel: urlRule('send_pixel', true),
  logging: (p, _args, options) => {
    const environments = text(p, 'environments', 'debug');
    if (environments === 'all' || options.debugMode) return allowed;
    return deny('logging', 'does not allow logging outside debug mode (environments: "debug")');
  },
  read_data_layer: (p, [key]) => {
    if (!isString(key)) return deny('read_data_layer', `needs a key as a string, got ${describe(key)}`);
    if (text(p, 'allowedKeys', 'specific') === 'any') return allowed;
    return strings(p, 'keyPatterns').some((k) => keyPatternAllows(k, key)) ? allowed : deny('read_data_layer', `does not allow reading key ${describe(key)}`);
  },
  write_data_layer: (p, [key]) => {
    if (!isString(key)) return deny('write_data_layer', `needs a key as a string, got ${describe(key)}`);
    return strings(p, 'keyPatterns').some((k) => keyPatternAllows(k, key)) ? allowed : deny('write_data_layer', `does not allow writing key ${describe(key)}`);
  },
  read_event_metadata: declaredOnly,
  read_container_data: declaredOnly,
  read_title: declaredOnly,
  read_character_set: declaredOnly,
  access_template_storage: declaredOnly,
  // --- server ---
  read_request: (p, [part, name]) => {
    if (!isString(part) || !(part in requestParts)) return deny('read_request', `does not know the request part ${describe(part)}`);
    const opener = requestParts[part];
    if (text(p, 'requestAccess', 'any') !== 'any' && opener !== undefined && !flag(p, opener)) {
      return deny('read_request', `does not allow reading the request ${part}`);
    }
    if (part === 'header') {
      if (text(p, 'headerAccess', 'any') === 'any') return allowed;
      if (!isString(name)) return deny('read_request', 'does not allow reading every header (headers are "specific")');
      return headerListed(records(p, 'headerWhitelist'), 'headerName', name) ? allowed : deny('read_request', `does not allow reading header ${describe(name)}`);
    }
    if (part === 'query') {
      if (text(p, 'queryParameterAccess', 'any') === 'any') return allowed;
      if (!isString(name)) return deny('read_request', 'does not allow reading every query parameter (query parameters are "specific")');
      return records(p, 'queryParameterWhitelist').some((r) => field(r, 'queryParameter') === name)
        ? allowed
        : deny('read_request', `does not allow reading query parameter ${describe(name)}`);
    }
    return allowed;
  },
  access_response: (p, [access, part, name]) => {
    if (access !== 'write') return deny('access_response', `does not know the access ${describe(access)} (expected "write")`);
    if (!isString(part) || !(part in responseParts)) return deny('access_response', `does not know the response part ${describe(part)}`);
    if (text(p, 'writeResponseAccess', 'any') !== 'any' && !flag(p, responseParts[part] as string)) {
      return deny('access_response', `does not allow writing the response ${part}`);
    }
    if (part !== 'header' || text(p, 'writeHeaderAccess', 'any') === 'any') return allowed;
    if (!isString(name)) return deny('access_response', `needs a header name as a string, got ${describe(name)}`);
    return headerListed(records(p, 'writeHeaderWhitelist'), 'headerName', name)
      ? allowed
      : deny('access_response', `does not allow writing header ${describe(name)}`);
  },
  return_response: declaredOnly,
  run_container: declaredOnly,
  send_http: urlRule('send_http', true),
  send_pixel_from_browser: urlRule('send_pixel_from_browser', true),
  read_event_data: (p, [key]) => {
    if (text(p, 'eventDataAccess', 'any') === 'any') return allowed;
    if (!isString(key)) return deny('read_event_data', 'does not allow reading all event data (event data keys are "specific")');
    return strings(p, 'keyPatterns').some((k) => keyPatternAllows(k, key)) ? allowed : deny('read_event_data', `does not allow reading key ${describe(key)}`);
  },
  access_bigquery: (p, [operation, table]) => {
    const t = asRecord(table);
    const ok = records(p, 'allowedTables').some((entry) =>
      (field(entry, 'operation') === '' || field(entry, 'operation') === operation) &&
      matchesField(field(entry, 'projectId'), t.projectId ?? '') &&
      matchesField(field(entry, 'datasetId'), t.datasetId) &&
      matchesField(field(entry, 'tableId'), t.tableId));
    return ok ? allowed : deny('access_bigquery', `does not allow ${describe(operation)} to table ${describe(t)}`);
  },
  access_firestore: (p, [operation, target]) => {
    const t = asRecord(target);
    // An entry's operation `read_write` covers both; `read` / `write` cover themselves.
    const ok = records(p, 'allowedOptions').some((entry) => {
      const op = field(entry, 'operation');
      return (op === operation || op === 'read_write') &&
        matchesField(field(entry, 'projectId'), t.projectId ?? '') &&
        matchesField(field(entry, 'path'), t.path) &&
        (field(entry, 'databaseId') === '' || field(entry, 'databaseId') === (t.databaseId ?? '(default)'));
    });
    return ok ? allowed : deny('access_firestore', `does not allow ${describe(operation)} on ${describe(t)}`);
  },
  use_google_credentials: (p, [scopes]) => {
    const wanted = Array.isArray(scopes) ? scopes : [scopes];
    const list = strings(p, 'allowedScopes');
    const missing = wanted.find((s) => !isString(s) || !list.includes(s));
    return missing === undefined ? allowed : deny('use_google_credentials', `does not allow the scope ${describe(missing)}`);
  },
  /** [Inf] Parameter names follow the other "any/specific + list" permissions; not seen in the corpus. */
  use_custom_private_keys: (p, [keyId]) => {
    if (!isString(keyId)) return deny('use_custom_private_keys', `needs a key id as a string, got ${describe(keyId)}`);
    return anyOrListed(p, 'allowedKeys', 'keyIds', keyId) ? allowed : deny('use_custom_private_keys', `does not allow the key ${describe(keyId)}`);
  },
  /** `allowedActions` `any` or `specific` with `messageTypes: [{type, action: 'listen'|'send'|'listen_and_send'}]`. */
  use_message: (p, [action, type]) => {
    if (action !== 'listen' && action !== 'send') return deny('use_message', `does not know the action ${describe(action)}`);
    if (text(p, 'allowedActions', 'specific') === 'any') return allowed;
    const ok = records(p, 'messageTypes').some((r) =>
      field(r, 'type') === type && (field(r, 'action') === action || field(r, 'action') === 'listen_and_send'));
    return ok ? allowed : deny('use_message', `does not allow ${action} for message type ${describe(type)}`);
  },
};

/** `queryPermission(permissionId, ...args)` against the declared permissions, in the given mode. */
export function checkPermissionWith(
  options: PermissionOptions,
  declared: readonly Permission[],
  permissionId: string,
  ...args: unknown[]
): Verdict {
  const rule = permissionRules[permissionId];
  if (rule === undefined) return { ok: false, message: `Permission denied: unknown permission ${describe(permissionId)}` };
  const entries = declared.filter((p) => p.id === permissionId);
  if (entries.length === 0) return { ok: false, message: `Permission denied: the template does not declare ${permissionId}` };
  let last: Verdict = allowed;
  for (const entry of entries) {
    last = rule(entry.params, args, options);
    if (last.ok) return last;
  }
  return last;
}

/** `queryPermission(permissionId, ...args)` in GTM's editor (debug mode). */
export function checkPermission(declared: readonly Permission[], permissionId: string, ...args: unknown[]): Verdict {
  return checkPermissionWith(defaultPermissionOptions, declared, permissionId, ...args);
}
