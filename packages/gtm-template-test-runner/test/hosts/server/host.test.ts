import test from 'ava';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createServerHost } from '../../../src/hosts/server/host.ts';
import { clientTemplate, endpoint, serve } from './_client.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const claimAndAnswer = `
const claimRequest = require('claimRequest');
const getRequestPath = require('getRequestPath');
const getRequestQueryParameter = require('getRequestQueryParameter');
const setResponseStatus = require('setResponseStatus');
const setResponseHeader = require('setResponseHeader');
const setResponseBody = require('setResponseBody');
const returnResponse = require('returnResponse');
if (getRequestPath() === '/c') {
  claimRequest();
  setResponseStatus(201);
  setResponseHeader('x-answer', 'yes');
  setResponseBody('hello ' + getRequestQueryParameter('name'));
  returnResponse();
}
`;

test('server host - a claimed request gets the status, headers and body the client set', async (t) => {
  const running = await serve({ template: clientTemplate(claimAndAnswer) });
  const response = await fetch(`${running.url}/c?name=sGTM`);
  t.is(response.status, 201);
  t.is(response.headers.get('x-answer'), 'yes');
  t.is(await response.text(), 'hello sGTM');
  t.like(running.host.stats, { requests: 1, claimed: 1, unclaimed: 0, responses: 1, duplicateResponses: 0, failedResponses: 0 });
  await running.close();
});

test('server host - a request no client claims gets 400', async (t) => {
  const running = await serve({ template: clientTemplate(claimAndAnswer) });
  const response = await fetch(`${running.url}/other`);
  t.is(response.status, 400);
  t.is(await response.text(), 'No client claimed the request.');
  t.like(running.host.stats, { requests: 1, claimed: 0, unclaimed: 1, responses: 0 });
  await running.close();
});

test('server host - a POST body reaches getRequestBody', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const getRequestBody = require('getRequestBody');
const getRequestMethod = require('getRequestMethod');
const setResponseBody = require('setResponseBody');
const returnResponse = require('returnResponse');
claimRequest();
setResponseBody(getRequestMethod() + ' ' + getRequestBody());
returnResponse();
`;
  const running = await serve({ template: clientTemplate(code) });
  const response = await fetch(`${running.url}/any`, { method: 'POST', body: '{"a":1}' });
  t.is(await response.text(), 'POST {"a":1}');
  await running.close();
});

test('server host - the request\'s cookies reach getCookieValues and getRequestHeader(\'cookie\')', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const getCookieValues = require('getCookieValues');
const getRequestHeader = require('getRequestHeader');
const setResponseBody = require('setResponseBody');
const returnResponse = require('returnResponse');
claimRequest();
setResponseBody(getCookieValues('_ga').join('|') + ' / ' + getCookieValues('_ga', true).join('|') + ' / ' + getRequestHeader('cookie'));
returnResponse();
`;
  const running = await serve({
    template: clientTemplate(code),
    permissions: [{ id: 'get_cookies', params: { cookieAccess: 'specific', cookieNames: ['_ga'] } }],
  });
  const response = await fetch(`${running.url}/c`, { headers: { cookie: '_ga=GA1.1.1; other=x; _ga=a%20b' } });
  t.is(await response.text(), 'GA1.1.1|a b / GA1.1.1|a%20b / _ga=GA1.1.1; other=x; _ga=a%20b');
  await running.close();
});

test('server host - setPixelResponse sends the GIF bytes', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const setPixelResponse = require('setPixelResponse');
const returnResponse = require('returnResponse');
claimRequest();
setPixelResponse();
returnResponse();
`;
  const running = await serve({ template: clientTemplate(code) });
  const response = await fetch(`${running.url}/p`);
  t.is(response.status, 200);
  t.is(response.headers.get('content-type'), 'image/gif');
  const bytes = Buffer.from(await response.arrayBuffer());
  t.is(bytes.subarray(0, 6).toString('latin1'), 'GIF89a');
  t.is(bytes.length, 43);
  await running.close();
});

test('server host - a second returnResponse is counted and ignored', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const setResponseStatus = require('setResponseStatus');
const returnResponse = require('returnResponse');
claimRequest();
setResponseStatus(204);
returnResponse();
setResponseStatus(500);
returnResponse();
`;
  const running = await serve({ template: clientTemplate(code) });
  const response = await fetch(`${running.url}/x`);
  t.is(response.status, 204);
  t.like(running.host.stats, { responses: 1, duplicateResponses: 1 });
  await running.close();
});

test('server host - a client that fails after claiming gets 500 from the host and the error is reported', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const sendHttpRequest = require('sendHttpRequest');
claimRequest();
sendHttpRequest('https://forbidden.example/x');
`;
  const errors: string[] = [];
  const running = await serve({ template: clientTemplate(code), onError: (message) => errors.push(message) });
  const response = await fetch(`${running.url}/x`);
  t.is(response.status, 500);
  t.is(await response.text(), 'The client failed before responding.');
  t.deepEqual(errors, ['sendHttpRequest: Permission denied: send_http does not allow URL "https://forbidden.example/x"']);
  t.like(running.host.stats, { claimed: 1, failedResponses: 1, errors: 1 });
  await running.close();
});

test('server host - a client that claims and never responds gets 500 after the response timeout', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
claimRequest();
`;
  const errors: string[] = [];
  const running = await serve({ template: clientTemplate(code), responseTimeoutMs: 50, onError: (message) => errors.push(message) });
  const response = await fetch(`${running.url}/silent`);
  t.is(response.status, 500);
  t.is(await response.text(), 'The client did not respond.');
  t.deepEqual(errors, ['the client claimed GET /silent and did not respond within 50 ms']);
  await running.close();
});

test('server host - a body over the bound gets 413 before the client runs', async (t) => {
  const running = await serve({ template: clientTemplate(claimAndAnswer), maxBodyBytes: 10 });
  const response = await fetch(`${running.url}/c`, { method: 'POST', body: 'x'.repeat(11) });
  t.is(response.status, 413);
  t.like(running.host.stats, { claimed: 0, unclaimed: 0 });
  await running.close();
});

test('server host - runContainer hands the event over and runs the callbacks', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const runContainer = require('runContainer');
const setResponseBody = require('setResponseBody');
const returnResponse = require('returnResponse');
claimRequest();
runContainer({ event_name: 'e', n: 1 }, (bindToEvent) => {
  setResponseBody('completed');
  bindToEvent(returnResponse)();
}, () => undefined);
`;
  const events: unknown[] = [];
  const running = await serve({ template: clientTemplate(code), onEvent: (event) => events.push(event) });
  const response = await fetch(`${running.url}/e`);
  t.is(await response.text(), 'completed');
  t.deepEqual(events, [{ event_name: 'e', n: 1 }]);
  await running.close();
});

const forwarding = `
const claimRequest = require('claimRequest');
const getRequestQueryParameter = require('getRequestQueryParameter');
const makeNumber = require('makeNumber');
const sendHttpRequest = require('sendHttpRequest');
const setResponseBody = require('setResponseBody');
const returnResponse = require('returnResponse');
claimRequest();
sendHttpRequest(getRequestQueryParameter('to'), { method: 'GET', timeout: makeNumber(getRequestQueryParameter('timeout')) }).then((response) => {
  setResponseBody('status ' + response.statusCode);
  returnResponse();
}, (failure) => {
  setResponseBody('reason ' + failure.reason);
  returnResponse();
});
`;
const loopbackSendHttp = [{ id: 'send_http', params: { allowedUrls: 'specific', urls: ['http://127.0.0.1:*/'] } }];

test('server host - sendHttpRequest goes over real HTTP and resolves with the answer', async (t) => {
  const vendor = await endpoint(503);
  const running = await serve({ template: clientTemplate(forwarding), permissions: loopbackSendHttp });
  const response = await fetch(`${running.url}/f?timeout=10000&to=${encodeURIComponent(`${vendor.origin}/hit?a=1`)}`);
  t.is(await response.text(), 'status 503');
  t.deepEqual(vendor.urls, ['GET /hit?a=1']);
  await running.close();
  await vendor.close();
});

test('server host - sendHttpRequest rejects with timed_out after the timeout option', async (t) => {
  const vendor = await endpoint(200, 1000);
  const running = await serve({ template: clientTemplate(forwarding), permissions: loopbackSendHttp });
  const response = await fetch(`${running.url}/f?timeout=100&to=${encodeURIComponent(`${vendor.origin}/slow`)}`);
  t.is(await response.text(), 'reason timed_out');
  await running.close();
  await vendor.close();
});

test('server host - sendHttpRequest rejects with failed when nothing listens', async (t) => {
  const vendor = await endpoint(200);
  await vendor.close();
  const running = await serve({ template: clientTemplate(forwarding), permissions: loopbackSendHttp });
  const response = await fetch(`${running.url}/f?timeout=10000&to=${encodeURIComponent(`${vendor.origin}/down`)}`);
  t.is(await response.text(), 'reason failed');
  await running.close();
});

test('server host - the template permissions stay in force: an unlisted host is denied', async (t) => {
  const errors: string[] = [];
  const running = await serve({ template: clientTemplate(forwarding), onError: (message) => errors.push(message) });
  const response = await fetch(`${running.url}/f?timeout=10000&to=${encodeURIComponent('http://127.0.0.1:9/x')}`);
  t.is(response.status, 500);
  t.deepEqual(errors, ['sendHttpRequest: Permission denied: send_http does not allow URL "http://127.0.0.1:9/x"']);
  await running.close();
});

test('server host - concurrent requests whose callbacks interleave each count their own steps', async (t) => {
  // Each request loops 3000 steps in its HTTP callback; with a bound of 5000 steps per execution two interleaved
  // executions pass only if each counts against its own scheduler.
  const code = `
const claimRequest = require('claimRequest');
const getRequestQueryParameter = require('getRequestQueryParameter');
const sendHttpRequest = require('sendHttpRequest');
const setResponseBody = require('setResponseBody');
const returnResponse = require('returnResponse');
claimRequest();
sendHttpRequest(getRequestQueryParameter('to')).then(() => {
  let total = 0;
  for (let i = 0; i < 3000; i++) total = total + 1;
  setResponseBody('' + total);
  returnResponse();
});
`;
  const vendor = await endpoint(200, 20);
  const errors: string[] = [];
  const created = await serve({
    template: clientTemplate(code), permissions: loopbackSendHttp, onError: (message) => errors.push(message),
    bounds: { maxSteps: 5000, maxMs: 10000, now: () => Date.now() },
  });
  const to = encodeURIComponent(`${vendor.origin}/v`);
  const answers = await Promise.all([1, 2, 3, 4].map(async () => (await fetch(`${created.url}/s?to=${to}`)).text()));
  t.deepEqual(answers, ['3000', '3000', '3000', '3000']);
  t.deepEqual(errors, []);
  await created.close();
  await vendor.close();
});

test('server host - forwards whose promises have reactions settle them after a garbage collection; answering an unobserved one is harmless', async (t) => {
  const code = `
const claimRequest = require('claimRequest');
const returnResponse = require('returnResponse');
const sendHttpRequest = require('sendHttpRequest');
const logToConsole = require('logToConsole');
const callLater = require('callLater');
claimRequest();
returnResponse();
sendHttpRequest('https://vendor.example/observed').then((response) => logToConsole('observed ' + response.statusCode));
const later = sendHttpRequest('https://vendor.example/later');
callLater(() => later.catch(() => logToConsole('later rejected')));
sendHttpRequest('https://vendor.example/dropped');
`;
  const answers: { url: string; done: (result: { statusCode: number; headers: Record<string, string>; body: string } | { reason: string }) => void }[] = [];
  const logs: string[] = [];
  const created = await createServerHost({
    template: clientTemplate(code),
    data: {},
    permissions: [{ id: 'logging', params: { environments: 'all' } }],
    onLog: (args) => logs.push(args.map(String).join(' ')),
    httpClient: { inFlight: 0, send: (url, _options, _body, done) => void answers.push({ url, done }), close: () => undefined },
  });
  if (!created.ok) return t.fail(created.error);
  const incoming = Object.assign(new EventEmitter(), { url: '/c', method: 'GET', headers: {}, socket: { remoteAddress: '127.0.0.1' } });
  const statuses: number[] = [];
  created.value.handle(incoming as unknown as IncomingMessage, { writeHead: (status: number) => void statuses.push(status), end: () => undefined } as unknown as ServerResponse);
  incoming.emit('end');
  t.deepEqual(statuses, [200]);
  t.deepEqual(answers.map((a) => a.url), ['https://vendor.example/observed', 'https://vendor.example/later', 'https://vendor.example/dropped']);
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  for (const answer of answers) answer.done(answer.url.endsWith('/later') ? { reason: 'timed_out' } : { statusCode: 204, headers: {}, body: '' });
  await new Promise((resolve) => setImmediate(resolve));
  t.deepEqual(logs, ['observed 204', 'later rejected']);
  t.is(created.value.stats.errors, 0);
});
