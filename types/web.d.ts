/**
 * GTM's web sandbox APIs, typed by name (research/gtm-sandbox.md §2.1; Google's reference:
 * https://developers.google.com/tag-platform/tag-manager/templates/api). In template code,
 * `const sendPixel = require('sendPixel')` has the right type, and `require('notAnApi')` or `require('Promise')`
 * is a type error. Used with types/sandbox-lib.d.ts and types/common.d.ts by tsconfig.sandbox-web*.json.
 */

type UrlComponent = 'protocol' | 'host' | 'port' | 'path' | 'query' | 'extension' | 'fragment';

/** `setCookie` options on the web. */
interface WebCookieOptions {
  domain?: string;
  path?: string;
  'max-age'?: number;
  expires?: string;
  secure?: boolean;
  samesite?: 'Strict' | 'Lax' | 'None';
}

/** `setDefaultConsentState` / `updateConsentState`: consent types to 'granted' | 'denied', plus the two options. */
interface ConsentSettings {
  [consentType: string]: 'granted' | 'denied' | number | string[] | undefined;
  wait_for_update?: number;
  region?: string[];
}

interface WebApis {
  addConsentListener(consentType: string, listener: (consentType: string, granted: boolean) => void): void;
  addEventCallback(callback: (containerId: string, eventData: { tags: { id: string; status: string; executionTime: number }[] }) => void): void;
  aliasInWindow(toPath: string, fromPath: string): boolean;
  callInWindow(pathToFunction: string, ...args: unknown[]): unknown;
  callLater(fn: () => void): void;
  copyFromDataLayer(key: string, dataLayerVersion?: number): unknown;
  copyFromWindow(key: string): unknown;
  createArgumentsQueue(fnKey: string, arrayKey: string): (...args: unknown[]) => void;
  createQueue(arrayKey: string): (value: unknown) => void;
  decodeUri(encodedUri: string): string | undefined;
  decodeUriComponent(encodedUriComponent: string): string | undefined;
  encodeUri(uri: string): string | undefined;
  encodeUriComponent(str: string): string | undefined;
  fromBase64(base64String: string): string | undefined;
  generateRandom(min: number, max: number): number;
  getContainerVersion(): ContainerVersion;
  getCookieValues(name: string, decode?: boolean): string[];
  getQueryParameters(queryKey: string, retrieveAll?: false): string | undefined;
  getQueryParameters(queryKey: string, retrieveAll: true): string[];
  getReferrerQueryParameters(queryKey: string, retrieveAll?: false): string | undefined;
  getReferrerQueryParameters(queryKey: string, retrieveAll: true): string[];
  getReferrerUrl(component?: UrlComponent): string;
  /** Deprecated by Google: use getTimestampMillis. */
  getTimestamp(): number;
  getTimestampMillis(): number;
  getType(value: unknown): SandboxTypeName;
  getUrl(component?: UrlComponent): string;
  gtagSet(settings: { [key: string]: unknown }): void;
  injectHiddenIframe(url: string, onSuccess?: () => void): void;
  injectScript(url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string): void;
  isConsentGranted(consentType: string): boolean;
  JSON: SandboxJson;
  localStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): boolean;
    removeItem(key: string): void;
  };
  logToConsole(...args: unknown[]): void;
  makeInteger(value: unknown): number;
  makeNumber(value: unknown): number;
  makeString(value: unknown): string;
  makeTableMap(tableObj: readonly { [column: string]: unknown }[], keyColumnName: string, valueColumnName: string): { [key: string]: unknown } | null;
  Math: SandboxMath;
  Object: SandboxObject;
  parseUrl(url: string): ParsedUrl | undefined;
  queryPermission(permission: string, ...args: unknown[]): boolean;
  readAnalyticsStorage(cookieOptions?: { cookie_prefix?: string; cookie_domain?: string; cookie_path?: string }):
    | { client_id: string; sessions: { measurement_id: string; session_id: string; session_number: number }[] }
    | undefined;
  readCharacterSet(): string;
  readTitle(): string;
  sendPixel(url: string, onSuccess?: () => void, onFailure?: () => void): void;
  setCookie(name: string, value: string, options?: WebCookieOptions, encode?: boolean): void;
  setDefaultConsentState(consentSettings: ConsentSettings): void;
  setInWindow(key: string, value: unknown, overrideExisting?: boolean): boolean;
  sha256(input: string, onSuccess: (digest: string) => void, onFailure?: () => void, options?: Sha256Options): void;
  templateStorage: {
    getItem(key: string): unknown;
    setItem(key: string, value: unknown): void;
    removeItem(key: string): void;
    clear(): void;
  };
  toBase64(input: string): string;
  updateConsentState(consentSettings: ConsentSettings): void;
}

/** The APIs of this context, for the test API typings (types/test.d.ts). */
interface SandboxApis extends WebApis {}

/** The only way to reach an API in the sandbox. */
declare function require<K extends keyof WebApis>(name: K): WebApis[K];
