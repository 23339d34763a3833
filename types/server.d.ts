/**
 * GTM's server sandbox APIs, typed by name (research/gtm-sandbox.md §2.2; Google's reference:
 * https://developers.google.com/tag-platform/tag-manager/server-side/api). Used with types/sandbox-lib.d.ts and
 * types/common.d.ts by tsconfig.sandbox-server*.json.
 */

/** A sandboxed promise: `then` and `catch` (no `finally`); it rejects after 5 s if never settled. */
interface SandboxPromise<T> {
  then<U = T, V = never>(
    onFulfilled?: (value: T) => U | SandboxPromise<U>,
    onRejected?: (reason: unknown) => V | SandboxPromise<V>,
  ): SandboxPromise<U | V>;
  catch<V = never>(onRejected: (reason: unknown) => V | SandboxPromise<V>): SandboxPromise<T | V>;
}

/** `require('Promise')`: the sandbox's replacement for `new Promise` and `Promise.all`. */
interface SandboxPromiseApi {
  create<T>(resolver: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void): SandboxPromise<T>;
  all<T>(promises: readonly (T | SandboxPromise<T>)[]): SandboxPromise<T[]>;
}

/** `sendHttpRequest` / `sendHttpGet` options. */
interface HttpRequestOptions {
  method?: string;
  headers?: { [name: string]: string };
  /** Milliseconds; default 15000. */
  timeout?: number;
  authorization?: GoogleAuth;
}

interface HttpResponse {
  statusCode: number;
  headers: { [name: string]: string };
  body: string;
}

/** Rejection value of the promise forms. */
interface HttpRequestFailure {
  reason: 'failed' | 'timed_out';
}

/** `getGoogleAuth(...)`: opaque, passed as `authorization`. */
interface GoogleAuth {
  readonly googleAuth: true;
}

/** `setCookie` options on the server. */
interface ServerCookieOptions {
  domain?: string;
  expires?: string;
  fallbackDomain?: string;
  httpOnly?: boolean;
  'max-age'?: number;
  path?: string;
  secure?: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
}

/** `runContainer`'s callbacks receive a function that binds tag callbacks to the event. */
type BindToEvent = <F extends (...args: never[]) => unknown>(callback: F) => F;

interface FirestoreOptions {
  projectId?: string;
  databaseId?: string;
}

interface FirestoreDocument {
  id: string;
  data: { [field: string]: unknown };
}

interface FirestoreTransaction {
  read(path: string): SandboxPromise<FirestoreDocument>;
  write(path: string, input: { [field: string]: unknown }): SandboxPromise<string>;
}

interface ServerApis {
  addEventCallback(callback: (containerId: string, eventData: { [key: string]: unknown }) => void): void;
  addMessageListener(messageType: string, listener: (messageType: string, message: unknown) => void): void;
  BigQuery: {
    insert(
      connectionInfo: { projectId?: string; datasetId: string; tableId: string },
      rows: readonly { [column: string]: unknown }[],
      options?: { ignoreUnknownValues?: boolean; skipInvalidRows?: boolean },
    ): SandboxPromise<void>;
  };
  callLater(fn: () => void): void;
  /** Client templates only, synchronously, before any asynchronous work. */
  claimRequest(): void;
  computeEffectiveTldPlusOne(domainOrUrl: string): string;
  /** RE2 syntax; null for an invalid pattern. */
  createRegex(pattern: string, flags?: string): SandboxRegex | null;
  decodeUri(encodedUri: string): string | undefined;
  decodeUriComponent(encodedUriComponent: string): string | undefined;
  encodeUri(uri: string): string | undefined;
  encodeUriComponent(str: string): string | undefined;
  extractEventsFromMpv1(): { [key: string]: unknown }[];
  extractEventsFromMpv2(): { [key: string]: unknown }[];
  Firestore: {
    read(path: string, options?: FirestoreOptions & { disableCache?: boolean }): SandboxPromise<FirestoreDocument>;
    write(path: string, input: { [field: string]: unknown }, options?: FirestoreOptions & { merge?: boolean }): SandboxPromise<string>;
    query(collection: string, queryConditions: readonly (readonly [string, string, unknown])[], options?: FirestoreOptions & { limit?: number; disableCache?: boolean }): SandboxPromise<FirestoreDocument[]>;
    runTransaction<T>(callback: (transaction: FirestoreTransaction) => SandboxPromise<T>, options?: FirestoreOptions): SandboxPromise<T>;
  };
  fromBase64(base64String: string): string | undefined;
  generateRandom(min: number, max: number): number;
  getAllEventData(): { [key: string]: unknown };
  getClientName(): string;
  getContainerVersion(): ContainerVersion;
  getCookieValues(name: string, noDecode?: boolean): string[];
  getEventData(keyPath: string): unknown;
  getGoogleAuth(scopes: { scopes: string[] }): GoogleAuth;
  getGoogleScript(script: 'ANALYTICS' | 'GTAG' | 'GTM', options?: { id?: string; debug?: boolean; timeout?: number }): SandboxPromise<{ script: string; metadata: { [key: string]: string } }>;
  getRemoteAddress(): string;
  getRequestBody(): string | undefined;
  getRequestHeader(headerName: string): string | undefined;
  getRequestMethod(): string;
  getRequestPath(): string;
  getRequestQueryParameter(name: string): string | undefined;
  getRequestQueryParameters(): { [name: string]: string | string[] };
  getRequestQueryString(): string;
  getTimestampMillis(): number;
  getType(value: unknown): SandboxTypeName;
  hasMessageListener(messageType: string): boolean;
  /** Return type not confirmed (research §8.10): typed as the digest string. */
  hmacSha256(input: string, keyId: string, options?: Sha256Options): string;
  isRequestMpv1(): boolean;
  isRequestMpv2(): boolean;
  JSON: SandboxJson;
  logToConsole(...args: unknown[]): void;
  makeInteger(value: unknown): number;
  makeNumber(value: unknown): number;
  makeString(value: unknown): string;
  makeTableMap(tableObj: readonly { [column: string]: unknown }[], keyColumnName: string, valueColumnName: string): { [key: string]: unknown } | null;
  Math: SandboxMath;
  Object: SandboxObject;
  parseUrl(url: string): ParsedUrl | undefined;
  Promise: SandboxPromiseApi;
  returnResponse(): void;
  runContainer(event: { [key: string]: unknown }, onComplete?: (bindToEvent: BindToEvent) => void, onStart?: (bindToEvent: BindToEvent) => void): void;
  sendEventToGoogleAnalytics(event: { [key: string]: unknown }): SandboxPromise<{ location?: string }>;
  sendHttpGet(url: string, options?: HttpRequestOptions): SandboxPromise<HttpResponse>;
  sendHttpGet(url: string, callback: (statusCode: number, headers: { [name: string]: string }, body: string) => void, options?: HttpRequestOptions): void;
  sendHttpRequest(url: string, options?: HttpRequestOptions, body?: string): SandboxPromise<HttpResponse>;
  sendHttpRequest(url: string, callback: (statusCode: number, headers: { [name: string]: string }, body: string) => void, options?: HttpRequestOptions, body?: string): void;
  sendMessage(messageType: string, message: unknown): void;
  sendPixelFromBrowser(url: string): boolean;
  setCookie(name: string, value: string, options?: ServerCookieOptions, noEncode?: boolean): void;
  setPixelResponse(): void;
  setResponseBody(body: string, encoding?: string): void;
  setResponseHeader(name: string, value: string | null): void;
  setResponseStatus(statusCode: number): void;
  sha256(input: string, onSuccess: (digest: string) => void, options?: Sha256Options): void;
  sha256Sync(input: string, options?: Sha256Options): string;
  templateDataStorage: {
    getItemCopy(key: string): unknown;
    setItemCopy(key: string, value: unknown): void;
    removeItem(key: string): void;
    clear(): void;
  };
  testRegex(regex: SandboxRegex, str: string): boolean;
  toBase64(input: string, options?: { urlEncoding?: boolean }): string;
}

/** The APIs of this context, for the test API typings (types/test.d.ts). */
interface SandboxApis extends ServerApis {}

/** The only way to reach an API in the sandbox. */
declare function require<K extends keyof ServerApis>(name: K): ServerApis[K];
