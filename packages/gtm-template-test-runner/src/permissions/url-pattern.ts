/**
 * GTM's URL match patterns, as used by `inject_script`, `inject_hidden_iframe`, `send_pixel`, `send_http` and
 * `send_pixel_from_browser` (`urls` lists).
 *
 * What is verified, and from where:
 * - Patterns are full URLs with a scheme, a host and a path; a trailing `*` matches "anything from here on"
 *   (e.g. `https://www.google-analytics.com/collect*`, `https://challenges.cloudflare.com/` in published `.tpl`
 *   permission sections; research/gtm-sandbox.md §3.4).
 * - A pattern without a scheme or without a host is not usable: one public project's tests record that a bare
 *   wildcard host was refused by GTM (research §3.4, unverified beyond that).
 * - `*.` host prefixes (`https://*.example.com/`) are offered by GTM's editor for subdomains.
 *
 * What is inferred from published templates (they only work in GTM if the rule holds):
 * - A path ending in `/` covers everything below it: a published tag sends its pixels to
 *   `<its host>/t/gtm/<event>.png` guarded by `queryPermission('send_pixel', url)` with only `https://*.<domain>/`
 *   patterns declared.
 * - `*.example.com` covers subdomains only, not `example.com` itself: published templates that need both list
 *   `https://example.com/*` and `https://*.example.com/*` side by side.
 *
 * What is assumed (not documented by Google; research §8 item 13):
 * - Schemes `https` and `http` are accepted in patterns; the URL's scheme must equal the pattern's.
 * - No port in the pattern means the URL must use its scheme's default port; `host:*` accepts any port.
 * - `*` in the path matches any run of characters (`/`, `?`, `#` included). A path not ending in `/` or `*`
 *   must match exactly. A pattern without `?` is compared with the URL's path only (query and fragment
 *   ignored, so `https://example.com/collect` allows `https://example.com/collect?v=1`); with `?`, with the path
 *   and the query.
 * - The URL is normalised with WHATWG URL parsing first (so `HTTPS://Example.com` equals `https://example.com`);
 *   hosts compare case-insensitively; a URL that does not parse matches nothing.
 */

export type UrlPattern = {
  scheme: 'http' | 'https';
  /** Lower-case host without the `*.` prefix. */
  host: string;
  subdomains: boolean;
  /** `''` for the default port, `'*'` for any. */
  port: string;
  /** Path (and query, when `withQuery`) with `*` wildcards. */
  path: string;
  withQuery: boolean;
};

export type ParsedPattern = { ok: true; value: UrlPattern } | { ok: false; error: { code: 'url-pattern'; message: string } };

const shape = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d+|\*))?(\/.*)$/i;

export function parseUrlPattern(pattern: string): ParsedPattern {
  const m = shape.exec(pattern);
  if (m === null) {
    return {
      ok: false,
      error: { code: 'url-pattern', message: `invalid URL match pattern "${pattern}": expected scheme://host/path, e.g. "https://*.example.com/path*"` },
    };
  }
  const [, scheme = '', star, host = '', rawPort = '', path = ''] = m;
  const defaultPort = scheme.toLowerCase() === 'https' ? '443' : '80';
  const port = rawPort === defaultPort ? '' : rawPort;
  return {
    ok: true,
    value: {
      scheme: scheme.toLowerCase() as 'http' | 'https',
      host: host.toLowerCase(),
      subdomains: star !== undefined,
      port,
      path,
      withQuery: path.includes('?'),
    },
  };
}

/** `*` matches any run of characters; everything else literally. */
export function wildcardMatch(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  const first = parts[0] as string;
  if (parts.length === 1) return pattern === text;
  if (!text.startsWith(first)) return false;
  const last = parts[parts.length - 1] as string;
  let at = first.length;
  for (const middle of parts.slice(1, -1)) {
    const found = text.indexOf(middle, at);
    if (found === -1) return false;
    at = found + middle.length;
  }
  return text.length - last.length >= at && text.endsWith(last);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function matchesUrlPattern(pattern: UrlPattern, url: string): boolean {
  const u = parseUrl(url);
  return u !== undefined && matchesParsedUrl(pattern, u);
}

function matchesParsedUrl(pattern: UrlPattern, u: URL): boolean {
  if (u.protocol !== `${pattern.scheme}:`) return false;
  const host = u.hostname.toLowerCase();
  const hostOk = pattern.subdomains ? host.endsWith(`.${pattern.host}`) : host === pattern.host;
  if (!hostOk) return false;
  if (pattern.port !== '*' && u.port !== pattern.port) return false;
  const subject = pattern.withQuery ? u.pathname + u.search : u.pathname;
  // A directory path covers everything below it.
  const path = !pattern.withQuery && pattern.path.endsWith('/') ? `${pattern.path}*` : pattern.path;
  return wildcardMatch(path, subject);
}

/** True when any of the patterns matches the URL; unparsable patterns match nothing. */
export function urlAllowed(patterns: readonly string[], url: string): boolean {
  const u = parseUrl(url);
  if (u === undefined) return false;
  return patterns.some((p) => {
    const parsed = cachedPattern(p);
    return parsed.ok && matchesParsedUrl(parsed.value, u);
  });
}

/**
 * Patterns come from declared permissions, a small fixed set, and are checked on every sendHttpRequest/sendPixel
 * of every execution: each is parsed once. The URL is parsed once per check, not once per pattern.
 */
const parsedPatterns = new Map<string, ParsedPattern>();

function cachedPattern(pattern: string): ParsedPattern {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    parsed = parseUrlPattern(pattern);
    parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}
