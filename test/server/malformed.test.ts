import test from 'ava';
import { startStack, type Stack } from '../../scripts/sgtm/stack.ts';
import { consentParameters, CT_CHOICES } from './_consent.ts';

let stack: Stack;
test.before(async () => {
  stack = await startStack();
});
test.after.always(async () => {
  await stack.close();
});

const ct = consentParameters({ name: 'all', ct: CT_CHOICES['ct all'] }).ct ?? '';

interface Bad {
  title: string;
  method: 'GET' | 'POST';
  query?: string;
  body?: string;
  reason: string;
}

const cases: Bad[] = [
  { title: 'no st', method: 'GET', query: `cp=home&ct=${ct}`, reason: 'st is missing' },
  { title: 'markup in st', method: 'GET', query: `st=%3Cscript%3Ealert(1)%3C%2Fscript%3E&ct=${ct}`, reason: 'st has a character outside A-Z a-z 0-9 . _ -' },
  { title: 'ct too short', method: 'GET', query: 'st=demo&ct=0100', reason: 'ct is malformed (ct-length)' },
  { title: 'ct not hex', method: 'GET', query: 'st=demo&ct=01zz810141', reason: 'ct is malformed (ct-character)' },
  { title: 'TC string garbage', method: 'GET', query: `st=demo&gdpr=1&gdpr_consent=%25%25%25&ct=${ct}`, reason: 'gdpr_consent is malformed (tc-character)' },
  { title: 'javascript: URL', method: 'GET', query: `st=demo&url=javascript%3Aalert(1)&ct=${ct}`, reason: 'url is not an http(s) URL' },
  { title: 'oversize co', method: 'GET', query: `st=demo&co=${'x'.repeat(256)}&ct=${ct}`, reason: 'co is longer than 255 characters' },
  { title: 'body not JSON', method: 'POST', body: '{"st": ', reason: 'the body is not a JSON object or array' },
  { title: 'body a string', method: 'POST', body: '"st=demo"', reason: 'the body is not a JSON object or array' },
  { title: 'number for a string', method: 'POST', body: `{"st":"demo","ct":"${ct}","gdpr":1}`, reason: 'gdpr is not a string' },
  { title: 'batch over 20', method: 'POST', body: JSON.stringify(Array.from({ length: 21 }, () => ({ st: 'demo', ct }))), reason: 'the batch has more than 20 hits' },
  { title: 'body over 16384 characters', method: 'POST', body: JSON.stringify({ st: 'demo', ct, co: 'x'.repeat(16400) }), reason: 'the body exceeds 16384 characters' },
];

const malformed = test.macro({
  async exec(t, bad: Bad) {
    const response = await fetch(`${stack.server.url}/iom${bad.query === undefined ? '' : `?${bad.query}`}`, {
      method: bad.method,
      ...(bad.body === undefined ? {} : { body: bad.body }),
    });
    t.is(response.status, 400);
    t.is(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    t.is(await response.text(), `bad request: ${bad.reason}`);
    await stack.settle();
    t.deepEqual(Object.values(stack.sinks).map((sink) => sink.received.length), [0, 0, 0, 0, 0]);
  },
  title: (_provided, bad: Bad) => `malformed request - ${bad.title}: 400 "${bad.reason}", nothing forwarded`,
});

for (const bad of cases) test.serial(malformed, bad);

test.serial('malformed request - every one answered exactly once', (t) => {
  t.like(stack.server.host.stats, { requests: cases.length, claimed: cases.length, responses: cases.length, duplicateResponses: 0, failedResponses: 0, errors: 0 });
});
