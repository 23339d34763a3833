/**
 * The permission model as template tests meet it: in-memory templates run by `runTemplateTests`, whose un-mocked
 * API calls are checked against the declared permissions (mocked calls skip the check, GTM's rule).
 */
import test from 'ava';
import { runTemplateTests } from '../../src/run.ts';
import { encodePermission } from '../../src/permissions/typed-value.ts';
import type { ContainerContext, Permission, TemplateFile } from '../../src/tpl/types.ts';

function template(context: ContainerContext, code: string, permissions: Permission[], scenario: string): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type: 'TAG', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'permission fixture', description: '', containerContexts: [context] },
    parameters: [],
    context,
    code,
    permissions: permissions.map(encodePermission),
    tests: { setup: '', scenarios: [{ name: 'scenario', code: scenario }] },
    notes: undefined,
  };
}

const outcome = test.macro({
  async exec(t, context: ContainerContext, code: string, permissions: Permission[], scenario: string, message: string) {
    const result = await runTemplateTests(template(context, code, permissions, scenario));
    t.deepEqual(result.scenarios.map((s) => [s.passed, s.message]), [[message === '', message]]);
  },
  title: (provided = '') => `runTemplateTests with permissions - ${provided}`,
});

const pixel = "const sendPixel = require('sendPixel');\nsendPixel(data.url, data.gtmOnSuccess, data.gtmOnFailure);";
const pixelPermission: Permission[] = [{ id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['https://pixel.example/*'] } }];

test('an allowed sendPixel runs', outcome, 'WEB', pixel, pixelPermission,
  "runCode({url: 'https://pixel.example/p?x=1'});\nassertApi('sendPixel').wasCalled();", '');
test('a denied sendPixel fails the scenario, naming permission and URL', outcome, 'WEB', pixel, pixelPermission,
  "runCode({url: 'https://evil.example/x'});", 'sendPixel: Permission denied: send_pixel does not allow URL "https://evil.example/x"');
test('a mocked sendPixel skips the check', outcome, 'WEB', pixel, pixelPermission,
  "mock('sendPixel', function (url, ok) { ok(); });\nrunCode({url: 'https://evil.example/x'});\nassertApi('gtmOnSuccess').wasCalled();", '');
test('queryPermission answers from the same model', outcome, 'WEB',
  "const queryPermission = require('queryPermission');\nif (queryPermission('send_pixel', 'https://evil.example/x')) data.gtmOnFailure(); else data.gtmOnSuccess();",
  pixelPermission, "runCode({});\nassertApi('gtmOnSuccess').wasCalled();", '');
test('a cookie outside get_cookies is refused', outcome, 'WEB',
  "const getCookieValues = require('getCookieValues');\ngetCookieValues('session');\ndata.gtmOnSuccess();",
  [{ id: 'get_cookies', params: { cookieAccess: 'specific', cookieNames: ['iom_consent'] } }],
  'runCode({});', 'getCookieValues: Permission denied: get_cookies does not allow reading cookie "session"');
test('server: a response header outside access_response is refused', outcome, 'SERVER',
  "const setResponseHeader = require('setResponseHeader');\nsetResponseHeader('set-cookie', 'a=1');\ndata.gtmOnSuccess();",
  [{ id: 'access_response', params: { writeResponseAccess: 'specific', writeHeadersAllowed: true, writeHeaderAccess: 'specific', writeHeaderWhitelist: [{ headerName: 'content-type' }] } }],
  'runCode({});', 'setResponseHeader: Permission denied: access_response does not allow writing header "set-cookie"');
test('server: an allowed request header is read', outcome, 'SERVER',
  "const getRequestHeader = require('getRequestHeader');\ngetRequestHeader('User-Agent');\ndata.gtmOnSuccess();",
  [{ id: 'read_request', params: { requestAccess: 'specific', headersAllowed: true, headerAccess: 'specific', headerWhitelist: [{ headerName: 'user-agent' }] } }],
  "runCode({});\nassertApi('gtmOnSuccess').wasCalled();", '');
