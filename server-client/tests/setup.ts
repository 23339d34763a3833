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
