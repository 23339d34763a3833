/**
 * Run before each scenario: a complete, valid configuration, a fixed clock and a fake TCF CMP behind the mocked
 * `callInWindow` / `copyFromWindow`. Scenarios change one field and play the CMP's events with `tcfEvent`.
 */
export const mockData = {
  st: 'demo', cp: 'home', co: 'news', sv: 'in', tagType: 'manager', dn: 'data-0123456789.example.de',
  sendToServer: false, serverUrl: '', identifiers: [], consentSource: 'tcf', tcfTimeout: '500', uiTimeout: '5000', manualCt: '',
  consentModeMap: [],
  legalBasis: 'consent', encoding: 'minimal', onConsentChange: 'cookie', cookieName: 'iom_consent', cookieDays: '28',
};

/** 2026-01-01T00:00:00Z; it moves only when a scenario lets time pass (`wait`). */
export const clock = { now: 1767225600000 };
mock('getTimestampMillis', () => clock.now);

/** The fake CMP: present or not, its listener and what it was asked. */
export const cmp = { present: true, listenerId: 0, listener: undefined as unknown, removed: [] as unknown[] };

/** What the page loaded and sent, in order: injected script URLs and pixel URLs. */
export const page = { scripts: [] as string[], pixels: [] as string[], scriptsFail: false, pixelsFail: false };
mock('copyFromWindow', (key: string) => (key === '__tcfapi' && cmp.present ? () => {} : undefined));

/** The page's timers (`setTimeout` through `callInWindow`): they fire only while a scenario lets time pass. */
export const timers = [] as { at: number; fn: () => void }[];

/** The page's window behind `callInWindow`: the fake CMP and `setTimeout`. Scenarios that mock it pass on to it. */
export function inWindow(path: string, command: unknown, version: unknown, callback: unknown, parameter: unknown): undefined {
  if (path === 'setTimeout') timers.push({ at: clock.now + (version as number), fn: command as () => void });
  if (path === '__tcfapi' && command === 'addEventListener') cmp.listener = callback;
  if (path === '__tcfapi' && command === 'removeEventListener') cmp.removed.push(parameter);
  return undefined;
}
mock('callInWindow', inWindow);

/** Lets `ms` pass: each timer due by then fires, earliest first, with the clock at its time. */
export function wait(ms: number): void {
  const end = clock.now + ms;
  let next = 0;
  while (next !== -1) {
    next = -1;
    for (let i = 0; i < timers.length; i++) {
      if (timers[i].at <= end && (next === -1 || timers[i].at < timers[next].at)) next = i;
    }
    if (next !== -1) {
      const timer = timers.splice(next, 1)[0];
      clock.now = timer.at;
      timer.fn();
    }
  }
  clock.now = end;
}
// Scripts load and pixels arrive at once, or fail when a scenario says so.
// As GTM: a script with a cache token is injected once per page; every caller gets its callbacks.
mock('injectScript', (url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string) => {
  if (cacheToken === undefined || page.scripts.indexOf(url) === -1) page.scripts.push(url);
  if (page.scriptsFail) onFailure();
  else onSuccess();
});
mock('sendPixel', (url: string, onSuccess?: () => void, onFailure?: () => void) => {
  page.pixels.push(url);
  const callback = page.pixelsFail ? onFailure : onSuccess;
  if (callback !== undefined) callback();
});

/** A `tcData` as `__tcfapi` delivers it: purposes and vendors that the visitor consented to. */
export function tcData(eventStatus: string, purposes: number[], vendors: number[], extra?: { [key: string]: unknown }): { [key: string]: unknown } {
  const purposeConsents: { [id: string]: boolean } = {};
  const vendorConsents: { [id: string]: boolean } = {};
  for (const p of purposes) purposeConsents['' + p] = true;
  for (const v of vendors) vendorConsents['' + v] = true;
  const result: { [key: string]: unknown } = {
    tcString: 'TC-' + eventStatus, gdprApplies: true, eventStatus: eventStatus, cmpStatus: 'loaded', listenerId: cmp.listenerId,
    purpose: { consents: purposeConsents, legitimateInterests: {} },
    vendor: { consents: vendorConsents, legitimateInterests: {} },
    specialFeatureOptins: {}, publisher: { restrictions: {} },
  };
  if (extra !== undefined) for (const key in extra) result[key] = extra[key];
  return result;
}

/** Plays one CMP event to the template's listener. */
export function tcfEvent(data: { [key: string]: unknown } | null, success: boolean): void {
  if (typeof cmp.listener !== 'function') fail('the template registered no TCF listener');
  (cmp.listener as (tcData: unknown, success: boolean) => void)(data, success);
}

export const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
