/**
 * computeEffectiveTldPlusOne(domainOrUrl) (server; no permission). Google: the eTLD+1 "computed against the
 * Public Suffix List"; a blank string when the argument is not a valid domain or URL; the argument unaltered when
 * it is null or undefined.
 *
 * The runner carries a small built-in suffix table instead of the whole list (no network, no dependency). It
 * covers the generic TLDs, the country TLDs of the markets INFOnline and its partners measure (de, at, ch, and
 * their neighbours), the common second-level registries of uk, au, jp, br, nz, in, za, and a few private
 * suffixes under which many sites live (github.io, appspot.com, …). Any other TLD falls under the list's default
 * rule "*" (the last label is the suffix). IP addresses and hosts that are themselves a suffix give "".
 */

export const publicSuffixes: ReadonlySet<string> = new Set([
  // generic
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'mil', 'int', 'io', 'co', 'app', 'dev', 'eu', 'shop', 'online', 'site',
  // country codes of the DACH region and neighbours
  'de', 'at', 'ch', 'li', 'lu', 'fr', 'it', 'nl', 'be', 'dk', 'pl', 'cz', 'es', 'se', 'no', 'fi',
  // second-level registries
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'com.br', 'net.br', 'org.br', 'co.nz', 'org.nz', 'net.nz', 'co.in', 'net.in', 'org.in', 'co.za', 'org.za',
  'co.at', 'or.at', 'gv.at', 'ac.at',
  // private suffixes
  'github.io', 'gitlab.io', 'appspot.com', 'blogspot.com', 'herokuapp.com', 'netlify.app', 'pages.dev', 'vercel.app',
  'cloudfront.net', 'azurewebsites.net', 'firebaseapp.com', 'web.app',
]);

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function hostOf(domainOrUrl: string): string | undefined {
  const text = domainOrUrl.trim().toLowerCase();
  if (text.includes('/') || text.includes(':')) {
    try {
      return new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  return text;
}

export function computeEffectiveTldPlusOne(domainOrUrl: unknown): unknown {
  if (domainOrUrl === null || domainOrUrl === undefined) return domainOrUrl;
  if (typeof domainOrUrl !== 'string') return '';
  const host = hostOf(domainOrUrl)?.replace(/\.$/, '');
  if (host === undefined || host === '' || ipv4.test(host) || host.startsWith('[')) return '';
  const labels = host.split('.');
  if (!labels.every((l) => label.test(l))) return '';
  // The longest listed suffix wins; unlisted TLDs are suffixes by the default rule.
  let suffixLength = 1;
  for (let n = labels.length; n >= 1; n--) {
    if (publicSuffixes.has(labels.slice(-n).join('.'))) {
      suffixLength = n;
      break;
    }
  }
  return labels.length > suffixLength ? labels.slice(-(suffixLength + 1)).join('.') : '';
}
