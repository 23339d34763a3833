/**
 * The pure sandbox APIs: no I/O, no permission. `createPureApis` builds the table `require(name)` serves from,
 * with the injectable parts (clock, random source, how async callbacks are deferred, how opaque handles are
 * marked); `pureApis` is the table with the real clock and random source.
 *
 * Each entry: the contexts it exists in (research/gtm-sandbox.md §2.1 / §2.2) and the value the sandbox gets — a
 * function, or an object of functions for JSON, Math and Object. `byReference` lists the methods whose object
 * arguments reach the API as the caller's own objects, not copies: Object.freeze / Object.delete act on them;
 * JSON.stringify only reads its argument (a copy made just to be serialized gave the same text: plain data either
 * way, functions left out, a cycle undefined) and JSON.parse returns new plain data nobody else holds, so copying
 * either was work without effect (a server client that serializes its configuration paid it on every request).
 */
import type { SandboxContext } from '../../runtime/apis/env.ts';
import { fromBase64, toBase64 } from './base64.ts';
import { getType, makeInteger, makeNumber, makeString } from './coerce.ts';
import { computeEffectiveTldPlusOne } from './etld.ts';
import { JSONApi } from './json.ts';
import { MathApi } from './math.ts';
import { ObjectApi } from './object.ts';
import { makeGenerateRandom, makeTimestamp, type Clock, type RandomSource } from './random-time.ts';
import { createRegex, testRegex } from './regex.ts';
import { makeSha256, sha256Sync } from './sha256.ts';
import { makeTableMap } from './table-map.ts';
import { decodeUri, decodeUriComponent, encodeUri, encodeUriComponent, parseUrl } from './url.ts';

export interface PureApiEntry {
  contexts: readonly SandboxContext[];
  value: unknown;
  byReference?: readonly string[];
  /** The function's result is plain data made for the caller alone (host.ts PureApi). */
  freshResult?: boolean;
}

export interface PureApiOptions {
  /** Milliseconds since the epoch (getTimestampMillis, getTimestamp). */
  now?: Clock;
  /** A source in [0, 1) (generateRandom). */
  random?: RandomSource;
  /** Runs an API's callback later (sha256's onSuccess); the engine passes its scheduler's callLater. */
  defer?: (fn: () => void) => void;
}

const both = ['web', 'server'] as const;
const server = ['server'] as const;

export function createPureApis(options: PureApiOptions = {}): { [name: string]: PureApiEntry } {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  // Without a scheduler the callback runs at once; the order relative to the caller's next statement is then
  // not GTM's (where it is asynchronous), which is why the engine should pass `defer`.
  const defer = options.defer ?? ((fn: () => void) => fn());
  return {
    makeInteger: { contexts: both, value: makeInteger },
    makeNumber: { contexts: both, value: makeNumber },
    makeString: { contexts: both, value: makeString },
    getType: { contexts: both, value: getType },
    // A fresh object of plain data per call: the caller's own, not copied again.
    parseUrl: { contexts: both, value: parseUrl, freshResult: true },
    encodeUri: { contexts: both, value: encodeUri },
    encodeUriComponent: { contexts: both, value: encodeUriComponent },
    decodeUri: { contexts: both, value: decodeUri },
    decodeUriComponent: { contexts: both, value: decodeUriComponent },
    toBase64: { contexts: both, value: toBase64 },
    fromBase64: { contexts: both, value: fromBase64 },
    sha256: { contexts: both, value: makeSha256(defer) },
    sha256Sync: { contexts: server, value: sha256Sync },
    createRegex: { contexts: server, value: createRegex },
    testRegex: { contexts: server, value: testRegex },
    JSON: { contexts: both, value: JSONApi, byReference: ['stringify', 'parse'] },
    Math: { contexts: both, value: MathApi },
    Object: { contexts: both, value: ObjectApi, byReference: ['freeze', 'delete'] },
    makeTableMap: { contexts: both, value: makeTableMap },
    computeEffectiveTldPlusOne: { contexts: server, value: computeEffectiveTldPlusOne },
    generateRandom: { contexts: both, value: makeGenerateRandom(random) },
    getTimestampMillis: { contexts: both, value: makeTimestamp(now) },
    getTimestamp: { contexts: both, value: makeTimestamp(now) },
  };
}

export const pureApis: { readonly [name: string]: PureApiEntry } = createPureApis();

export { isRegexHandle, regexOf } from './regex.ts';
export { seededRandom } from './random-time.ts';
