/**
 * toBase64 / fromBase64 (web and server; no permission). Strings are UTF-8 encoded before base64 ("Supports
 * unicode strings", Google's web API page).
 * - `toBase64(s, {urlEncoding: true})` (documented for the server) gives base64url: `-` and `_` for `+` and `/`,
 *   without `=` padding [Inf: the server runtime is Node, whose base64url has no padding]. The option is honoured
 *   on the web too, where Google does not document it.
 * - fromBase64 accepts the standard alphabet with or without padding (whitespace ignored, like `atob`) and
 *   returns `undefined` for anything else, base64url included [Inf: `atob` refuses `-`/`_`]. Decoded bytes are read
 *   as UTF-8; invalid sequences become U+FFFD.
 */
import { makeString } from './coerce.ts';

export function toBase64(input: unknown, options?: unknown): string {
  const url = typeof options === 'object' && options !== null && (options as { urlEncoding?: unknown }).urlEncoding === true;
  // btoa and TextEncoder, not Buffer: the same code runs in Node and in the browser host's page.
  let binary = '';
  for (const byte of new TextEncoder().encode(makeString(input))) binary += String.fromCharCode(byte);
  const base64 = btoa(binary);
  return url ? base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : base64;
}

const standard = /^[A-Za-z0-9+/]*$/;

export function fromBase64(input: unknown): string | undefined {
  const text = makeString(input).replace(/[\t\n\f\r ]/g, '');
  const body = text.replace(/={1,2}$/, '');
  if (!standard.test(body) || body.length % 4 === 1) return undefined;
  if (body.length !== text.length && text.length % 4 !== 0) return undefined;
  // atob accepts the unpadded body (forgiving base64), as Buffer did.
  return new TextDecoder('utf-8').decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)));
}
