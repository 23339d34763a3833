/**
 * Run before each scenario. A routing table with INFOnline (730), agof (785) and one publisher vendor (a CRM on
 * GVL id 4242 needing purpose 1, POST), each with its own endpoint; consent strings for the cases the scenarios
 * use; a request helper and a recording sendHttpRequest mock.
 */
export const mockData = {
  path: '/iom',
  responseType: 'noContent',
  allowedOrigins: 'https://www.example.com',
  useDefaultRoutes: true,
  infonlineEndpoint: 'https://de.ioam.de/tx.io',
  agofEndpoint: 'https://de.ioam.de/agof/{st}',
  routes: [
    { label: 'CRM', vendorId: '4242', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/crm', method: 'POST', fields: 'st,uid' },
  ],
  timeout: '2000',
};

/** ct: TCF CMP; 730 granted purposes 1 and 8 (0081), 785 granted 1, 7 and 9 (0141). */
export const ctAll = '0100810141';
/** ct: TCF CMP; 730 granted 1 and 8, 785 nothing. */
export const ctInfonlineOnly = '0100810000';
/** ct: TCF CMP; nothing granted. */
export const ctNone = '0100000000';

/** A copy of mockData with some fields changed. */
export function dataWith(changes: { [field: string]: unknown }): { [field: string]: unknown } {
  const data: { [field: string]: unknown } = {};
  for (const key in mockData) data[key] = mockData[key as keyof typeof mockData];
  for (const key in changes) data[key] = changes[key];
  return data;
}

/** TC strings made by @iabtechlabtcf/core (scripts/sgtm/tc-strings.ts; test/server/tc-strings.test.ts checks they still match). */
export const tcAll = 'CQdWToAQdWToAAKABAENBkFgAIOAAAAAAAYghJQAwFtAMRCEkAAAAAAA.IAAA.YAAAAAAAAAAA';
export const tcInfonlineOnly = 'CQdWToAQdWToAAKABAENBkFgAIEAAAAAAAYgFtQAQFtAAAAA.IAAA.YAAAAAAAAAAA';
export const tcCrmOnly = 'CQdWToAQdWToAAKABAENBkFgAIAAAAAAAAYghJQAQhJAAAAA.IAAA.YAAAAAAAAAAA';
export const tcNone = 'CQdWToAQdWToAAKABAENBkFgAAAAAAAAAAYgAAAAAAAA.IAAA.YAAAAAAAAAAA';

/** Makes the request the scenario describes: method, path, query parameters, body and headers. */
export function request(method: string, query: { [name: string]: string }, body: string | undefined): void {
  mock('getRequestMethod', method);
  mock('getRequestPath', '/iom');
  mock('getRequestQueryParameter', (name: string) => query[name]);
  mock('getRequestBody', body);
  mock('getRequestHeader', (name: string) => (name === 'origin' ? 'https://www.example.com' : undefined));
}

export const PromiseApi = require('Promise');

/** What the template sent with sendHttpRequest: one entry per call, in order. */
export interface Sent {
  url: string;
  method: unknown;
  timeout: unknown;
  body: unknown;
}

/** Mocks sendHttpRequest: records each call and answers `statusCode`, or rejects with `failure` when given. */
export function answerHttp(statusCode: number, failure?: string): Sent[] {
  const sent: Sent[] = [];
  mock('sendHttpRequest', (url: string, options: unknown, body: unknown) => {
    const settings = options as { method?: string; timeout?: number };
    sent.push({ url: url, method: settings.method, timeout: settings.timeout, body: body });
    return PromiseApi.create((resolve, reject) => {
      if (failure === undefined) resolve({ statusCode: statusCode, headers: {}, body: '' });
      else reject({ reason: failure });
    });
  });
  return sent;
}

/** The URLs of what was sent. */
export function urls(sent: Sent[]): string[] {
  const out: string[] = [];
  for (const entry of sent) out.push(entry.url);
  return out;
}

/**
 * Identity linking (docs/privacy.md). Two more vendors (analytics 4243, session recording 4244) and four rules:
 * the analytics client id (_ga) may go to the CRM for purposes 1 and 9, disclosed 2025-01-01; the CRM contact id
 * (body field crm_id) to the analytics vendor for 1 and 9, disclosed 2026-02-01; the recording id (_clck) to the
 * recording tool for 1 and 5 plus publisher custom purpose 1, disclosed 2026-02-01; a panel id (query crm_id) to
 * INFOnline for purpose 1, disclosed 2026-02-01 (INFOnline is the vendor the ct speaks for: the cts cases).
 */
export const identityData = dataWith({
  routes: mockData.routes.concat([
    { label: 'Analytics', vendorId: '4243', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/analytics', method: 'GET', fields: 'st' },
    { label: 'Recording', vendorId: '4244', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/rec', method: 'GET', fields: 'st' },
  ]),
  agofEndpoint: '',
  identifiers: [
    { name: 'ga_id', source: 'cookie', key: '_ga', vendors: '4242', purposes: '1,9', customPurpose: '', validFrom: '2025-01-01' },
    { name: 'crm_id', source: 'body', key: 'crm_id', vendors: '4243', purposes: '1,9', customPurpose: '', validFrom: '2026-02-01' },
    { name: 'rec_id', source: 'cookie', key: '_clck', vendors: '4244', purposes: '1,5', customPurpose: '1', validFrom: '2026-02-01' },
    { name: 'panel_id', source: 'query', key: 'crm_id', vendors: '730', purposes: '1', customPurpose: '', validFrom: '2026-02-01' },
  ],
});

/**
 * TC strings made by @iabtechlabtcf/core with the local vendor list of scripts/sgtm/tc-strings.ts: purposes
 * 1, 5, 8, 9 and vendors 730, 785, 4242, 4243, 4244 granted; publisher TC segment with 2 custom purposes, custom
 * purpose 1 consented; LastUpdated 2026-03-01 — and one change each, as named.
 */
export const tcLinkAll = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';
/** No publisher TC segment: no custom purpose can be granted. */
export const tcLinkNoPublisherSegment = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA';
/** Publisher TC segment present, custom purpose 1 not consented. */
export const tcLinkNoCustom = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAQAA';
/** LastUpdated 2025-06-01: an older consent generation. */
export const tcLinkOld = 'CQSU_AAQSU_AAAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';
/** Purpose 9 not granted. */
export const tcLinkNoPurpose9 = 'CQgYw8AQgYw8AAKABAENBkFgAIkAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';

/** The request's cookies, for getCookieValues. */
export function cookies(values: { [name: string]: string }): void {
  mock('getCookieValues', (name: string) => (values[name] === undefined ? [] : [values[name]]));
}

/** Debug mode on: decisions go to logToConsole. */
export function debugMode(): void {
  mock('getContainerVersion', { containerId: 'GTM-TEST', debugMode: true, environmentName: '', environmentMode: false, previewMode: true, version: '1' });
}

/** A POST hit with the visitor's TC string, a CRM contact id in the body, and the _ga and _clck cookies. */
export function linkedVisitor(tcString: string): void {
  request('POST', {}, '{"st":"demo","gdpr":"1","gdpr_consent":"' + tcString + '","crm_id":"C-42"}');
  cookies({ _ga: 'GA1.1.111.222', _clck: 'rec77' });
}

/** Each forward as "url body". */
export function forwards(sent: Sent[]): string[] {
  const out: string[] = [];
  for (const entry of sent) out.push(entry.url + ' ' + (entry.body === undefined ? '' : '' + entry.body));
  return out;
}
