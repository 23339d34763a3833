/**
 * Type test for server template code (tsconfig.sandbox-server.json, run by `npm run typecheck`).
 */
export {};

const Promise = require('Promise');
const sendHttpRequest = require('sendHttpRequest');
const createRegex = require('createRegex');
const testRegex = require('testRegex');
const getRequestQueryParameters = require('getRequestQueryParameters');
const runContainer = require('runContainer');
const returnResponse = require('returnResponse');

const later = Promise.create<number>((resolve) => resolve(1));
const both = Promise.all([later, 2]);
const codes = sendHttpRequest('https://example.invalid/', { method: 'POST', timeout: 2000 }, '{}')
  .then((response) => response.statusCode)
  .catch(() => 0);
sendHttpRequest('https://example.invalid/', (statusCode, headers, body) => statusCode + body.length + headers['a']!.length, { method: 'GET' });
const regex = createRegex('^a+$', 'i');
const ok: boolean = regex !== null && testRegex(regex, 'aaa');
const replaced: string = regex === null ? '' : 'aaa'.replace(regex, 'b');
const query: { [name: string]: string | string[] } = getRequestQueryParameters();
runContainer({ event_name: 'x' }, (bindToEvent) => {
  const done = bindToEvent(() => returnResponse());
  done();
});

// @ts-expect-error the sandbox promise has no finally
later.finally(() => undefined);
// @ts-expect-error sendPixel is a web API
require('sendPixel');
// @ts-expect-error not an API
require('notAnApi');
// @ts-expect-error no Promise constructor: use Promise.create
new Promise<number>((resolve: (n: number) => void) => resolve(1));
// @ts-expect-error createRegex may return null
testRegex(createRegex('a'), 'a');

export const uses = [both, codes, ok, replaced, query];
