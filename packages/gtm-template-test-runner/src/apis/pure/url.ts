/**
 * parseUrl, encodeUri, encodeUriComponent, decodeUri, decodeUriComponent (web and server; no permission).
 *
 * parseUrl (Google: "similar to the URL object"; `undefined` for a malformed URL; absent parts are "" or {}):
 * WHATWG URL parsing, with `searchParams` as a plain object whose repeated keys hold arrays of their values in
 * order (`?a=1&a=2&b=3` → `{a: ['1', '2'], b: '3'}`), as the API's documented type `string | string[]` says.
 * The encoders return `undefined` where JavaScript's throw (a lone surrogate); the decoders return `undefined`
 * for malformed escapes. Non-string inputs are first made strings with makeString [Inf].
 */
import { makeString } from './coerce.ts';

export interface ParsedUrl {
  href: string;
  origin: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  searchParams: { [key: string]: string | string[] };
  hash: string;
}

export function parseUrl(url: unknown): ParsedUrl | undefined {
  let u: URL;
  try {
    u = new URL(makeString(url));
  } catch {
    return undefined;
  }
  const searchParams: { [key: string]: string | string[] } = {};
  const search = u.search;
  // A URL without a query has no parameters: its URLSearchParams (made on first use, with its own state) is not
  // made at all (a page URL checked by a server client often has none).
  const parameters = search === '' ? [] : new URLSearchParams(search);
  for (const [key, value] of parameters) {
    const prior = Object.prototype.hasOwnProperty.call(searchParams, key) ? searchParams[key] : undefined;
    const next = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    Object.defineProperty(searchParams, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return {
    href: u.href,
    origin: u.origin,
    protocol: u.protocol,
    username: u.username,
    password: u.password,
    host: u.host,
    hostname: u.hostname,
    port: u.port,
    pathname: u.pathname,
    search,
    searchParams,
    hash: u.hash,
  };
}

const safely = (fn: (s: string) => string) => (value: unknown): string | undefined => {
  try {
    return fn(makeString(value));
  } catch {
    return undefined;
  }
};

export const encodeUri = safely(encodeURI);
export const encodeUriComponent = safely(encodeURIComponent);
export const decodeUri = safely(decodeURI);
export const decodeUriComponent = safely(decodeURIComponent);
