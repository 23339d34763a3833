/**
 * The I/O behind the APIs that reach outside the sandbox. One sandbox, several hosts: the test runner plugs in
 * `createRecordingIo()` (nothing real happens, calls are recorded, results are what GTM's test sandbox gives
 * un-mocked APIs), the local sGTM server and the browser host plug in real I/O.
 */

export type Callback = (...args: unknown[]) => void;

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface ServerRequest {
  method: string;
  path: string;
  queryString: string;
  headers: Record<string, string>;
  body: string | undefined;
  remoteAddress: string;
}

export interface ServerResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  returned: boolean;
}

export interface SandboxIo {
  /** The page's globals (web): read, written and called by the window APIs. */
  window: Record<string, unknown>;
  log(args: unknown[]): void;
  sendPixel(url: string, onSuccess: Callback | undefined, onFailure: Callback | undefined): void;
  injectScript(url: string, onSuccess: Callback | undefined, onFailure: Callback | undefined, cacheToken: unknown): void;
  injectHiddenIframe(url: string, onSuccess: Callback | undefined): void;
  /** Page facts (web). */
  page: { url: string; referrer: string; title: string; characterSet: string };
  getCookieValues(name: string, decode: boolean): string[];
  setCookie(name: string, value: string, options: Record<string, unknown>, encode: boolean): void;
  consent: {
    isGranted(consentType: string): boolean;
    addListener(consentType: string, listener: Callback): void;
    setDefault(state: Record<string, unknown>): void;
    update(state: Record<string, unknown>): void;
  };
  localStorage: Map<string, string>;
  copyFromDataLayer(key: string, version: number): unknown;
  gtagSet(settings: Record<string, unknown>): void;
  addEventCallback(callback: Callback): void;
  containerVersion: Record<string, unknown>;
  /** Server: the incoming request and the response being built. */
  request: ServerRequest;
  response: ServerResponse;
  claimRequest(): void;
  runContainer(event: Record<string, unknown>, onComplete: Callback | undefined, onStart: Callback | undefined): void;
  /** Server: an outgoing HTTP request; calls `done` with the result or a failure reason, or never. */
  sendHttpRequest(url: string, options: Record<string, unknown>, body: unknown, done: (result: HttpResult | { reason: string }) => void): void;
  sendPixelFromBrowser(url: string): boolean;
  eventData: Record<string, unknown>;
  clientName: string;
  /** Server: Google Cloud services and the message bus between client and tags. */
  bigQueryInsert(connection: unknown, rows: unknown, options: unknown, done: (error: unknown) => void): void;
  firestore(operation: string, args: unknown[], done: (error: unknown, value?: unknown) => void): void;
  /** Every call an outside API made, in order: `[apiName, ...arguments]`. */
  calls: unknown[][];
}

/**
 * The test host's I/O. Un-mocked outside APIs do nothing real: the call is recorded; callbacks of network-like
 * APIs (sendPixel, injectScript, sendHttpRequest…) are never called, as a request that has not answered yet; the
 * page is GTM's test render page; the request is an empty GET `/`; consent is granted when unset; the window
 * starts empty.
 */
export function createRecordingIo(overrides: Partial<SandboxIo> = {}): SandboxIo {
  const calls: unknown[][] = [];
  const consentState = new Map<string, unknown>();
  const record = (name: string, ...args: unknown[]): void => void calls.push([name, ...args]);
  const cookies = new Map<string, string[]>();
  const io: SandboxIo = {
    window: Object.create(null) as Record<string, unknown>,
    log: (args) => record('logToConsole', ...args),
    sendPixel: (url) => record('sendPixel', url),
    injectScript: (url) => record('injectScript', url),
    injectHiddenIframe: (url) => record('injectHiddenIframe', url),
    // GTM runs template tests on its render page: published templates skip their work when
    // getUrl() starts with https://gtm-msr.appspot.com/ (known-differences.md, item 4).
    page: { url: 'https://gtm-msr.appspot.com/render', referrer: '', title: '', characterSet: 'UTF-8' },
    getCookieValues: (name) => cookies.get(name) ?? [],
    setCookie(name, value, options) {
      record('setCookie', name, value, options);
      cookies.set(name, [value]);
    },
    consent: {
      isGranted: (type) => consentState.get(type) !== 'denied',
      addListener: (type) => record('addConsentListener', type),
      setDefault(state) {
        for (const [k, v] of Object.entries(state)) if (!consentState.has(k)) consentState.set(k, v);
      },
      update(state) {
        for (const [k, v] of Object.entries(state)) consentState.set(k, v);
      },
    },
    localStorage: new Map(),
    copyFromDataLayer: () => undefined,
    gtagSet: (settings) => record('gtagSet', settings),
    addEventCallback: () => record('addEventCallback'),
    containerVersion: {
      containerId: 'GTM-TEST',
      debugMode: false,
      environmentName: '',
      environmentMode: false,
      previewMode: false,
      version: '0',
    },
    request: { method: 'GET', path: '/', queryString: '', headers: {}, body: undefined, remoteAddress: '127.0.0.1' },
    response: { status: 200, headers: {}, body: '', returned: false },
    claimRequest: () => record('claimRequest'),
    runContainer: (event) => record('runContainer', event),
    sendHttpRequest: (url, options) => record('sendHttpRequest', url, options),
    sendPixelFromBrowser(url) {
      record('sendPixelFromBrowser', url);
      return true;
    },
    eventData: {},
    clientName: '',
    bigQueryInsert: (connection, rows) => record('BigQuery.insert', connection, rows),
    firestore: (operation, args) => record(`Firestore.${operation}`, ...args),
    calls,
    ...overrides,
  };
  return io;
}
