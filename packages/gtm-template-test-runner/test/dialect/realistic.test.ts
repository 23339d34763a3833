import test from 'ava';
import { validateSandboxCode } from '../../src/dialect/validate.ts';

const webTag = `
const callInWindow = require('callInWindow');
const copyFromWindow = require('copyFromWindow');
const getType = require('getType');
const makeString = require('makeString');
const encodeUriComponent = require('encodeUriComponent');
const sendPixel = require('sendPixel');
const setCookie = require('setCookie');
const callLater = require('callLater');
const JSON = require('JSON');
const Math = require('Math');
const Object = require('Object');

const HEX = '0123456789abcdef';
const PURPOSES = [1, 2, 3, 4, 7, 8, 9, 10];

function hex(n, width) {
  let out = '';
  let rest = n;
  while (out.length < width) {
    out = HEX.charAt(rest % 16) + out;
    rest = Math.floor(rest / 16);
  }
  return out;
}

function encodePurposes(granted) {
  let bits = 0;
  for (const p of PURPOSES) {
    if (granted[makeString(p)] === true) bits = bits | (1 << (p - 1));
  }
  return hex(bits, 4);
}

const onTcData = (tcData, success) => {
  if (!success || getType(tcData) !== 'object') {
    data.gtmOnFailure();
    return;
  }
  const ct = '01' + encodePurposes(tcData.purpose.consents) + '0000';
  const keys = Object.keys(data.extra || {});
  const params = keys.map((k) => encodeUriComponent(k) + '=' + encodeUriComponent(makeString(data.extra[k])));
  switch (data.mode) {
    case 'pixel':
      sendPixel('https://example.invalid/h?ct=' + ct + (params.length ? '&' + params.join('&') : ''), data.gtmOnSuccess, data.gtmOnFailure);
      break;
    default:
      setCookie('ct', ct + '&' + JSON.stringify({ v: 1 }), { 'max-age': 2419200, path: '/' });
      callLater(data.gtmOnSuccess);
  }
};

if (typeof copyFromWindow('__tcfapi') !== 'function') {
  data.gtmOnFailure();
} else {
  callInWindow('__tcfapi', 'addEventListener', 2, onTcData);
}
`;

const serverClient = `
const claimRequest = require('claimRequest');
const getRequestPath = require('getRequestPath');
const getRequestQueryParameter = require('getRequestQueryParameter');
const runContainer = require('runContainer');
const returnResponse = require('returnResponse');
const setResponseStatus = require('setResponseStatus');
const sendHttpRequest = require('sendHttpRequest');
const Promise = require('Promise');
const createRegex = require('createRegex');
const testRegex = require('testRegex');

const CT = createRegex('^[0-9a-fA-F]{10}$', 'i');

if (getRequestPath() !== '/infonline') return;
claimRequest();
const ct = getRequestQueryParameter('ct') || '';
if (!testRegex(CT, ct)) {
  setResponseStatus(400);
  returnResponse();
  return;
}
const sends = ['https://a.invalid/', 'https://b.invalid/'].map((url) =>
  sendHttpRequest(url + '?ct=' + ct, { method: 'GET', timeout: 2000 }).then((r) => r.statusCode, () => 0));
Promise.all(sends).then((codes) => {
  runContainer({ event_name: 'infonline', codes: codes }, () => {
    setResponseStatus(204);
    returnResponse();
  });
});
`;

test('realistic - a web tag template body passes', (t) => {
  t.deepEqual(validateSandboxCode(webTag, { file: 'web.js', context: 'web', role: 'template' }), []);
});

test('realistic - a server client template body passes', (t) => {
  t.deepEqual(validateSandboxCode(serverClient, { file: 'client.js', context: 'server', role: 'template' }), []);
});

test('realistic - the server client refused on web names each server-only API', (t) => {
  const rules = validateSandboxCode(serverClient, { file: 'client.js', context: 'web', role: 'template' }).map((d) => `${d.location?.line} ${d.rule}`);
  t.deepEqual(rules, [
    '2 require-unknown-api', '3 require-unknown-api', '4 require-unknown-api', '5 require-unknown-api', '6 require-unknown-api',
    '7 require-unknown-api', '8 require-unknown-api', '9 no-promise-on-web', '10 require-unknown-api', '11 require-unknown-api',
  ]);
});

test('syntax - a parse error is a diagnostic with its location, never an exception', (t) => {
  t.deepEqual(validateSandboxCode('var ok = 1;\nif (ok {\n', { file: 'p.js', context: 'web', role: 'template' }), [
    {
      rule: 'syntax',
      text: 'Unexpected token (the code must parse as a function body)',
      location: { file: 'p.js', line: 2, column: 7, length: 0, lineText: 'if (ok {' },
      notes: [],
    },
  ]);
});

test('syntax - top-level return is allowed (the code is a function body)', (t) => {
  t.deepEqual(validateSandboxCode('return data.x;', { file: 'r.js', context: 'web', role: 'template' }), []);
});
