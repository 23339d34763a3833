/**
 * sha256Sync (server) and sha256 (web and server; no permission). The digest is base64 unless
 * `{outputEncoding: 'hex'}` is given; any other encoding value falls back to base64 [Inf]. The input is made a
 * string first and hashed as UTF-8.
 *
 * sha256's signature differs by context (Google's pages): web `sha256(input, onSuccess, onFailure?, options?)`,
 * server `sha256(input, onSuccess, options?)`. The options are the first non-function object after onSuccess.
 * onSuccess runs through `defer` (GTM calls it asynchronously: the browser's crypto.subtle is promise-based).
 */
import { createHash } from 'node:crypto';
import { makeString } from './coerce.ts';

type Callback = (...args: unknown[]) => unknown;

function encodingOf(options: unknown): 'hex' | 'base64' {
  return typeof options === 'object' && options !== null && (options as { outputEncoding?: unknown }).outputEncoding === 'hex' ? 'hex' : 'base64';
}

export function sha256Sync(input: unknown, options?: unknown): string {
  return createHash('sha256').update(makeString(input), 'utf8').digest(encodingOf(options));
}

export function makeSha256(defer: (fn: () => void) => void) {
  return (input: unknown, onSuccess: unknown, ...rest: unknown[]): void => {
    const options = rest.find((r) => typeof r === 'object' && r !== null);
    const digest = sha256Sync(input, options);
    if (typeof onSuccess === 'function') defer(() => void (onSuccess as Callback)(digest));
  };
}
