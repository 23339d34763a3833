/**
 * Every outside API called by template code without a declared permission, through the real permission model:
 * URL, key and name lists allow nothing when undeclared; permissions without configuration allow.
 * (Each permission type's allowed and denied cases against configured permissions are in test/permissions/.)
 */
import test from 'ava';
import { runTemplateTests } from '../../src/run.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';

function template(context: 'WEB' | 'SERVER', call: string): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type: 'TAG', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'T', description: '', containerContexts: [context] },
    parameters: [],
    context,
    code: `${call};\ndata.gtmOnSuccess();`,
    permissions: [],
    tests: { scenarios: [{ name: 'call', code: "runCode({});\nassertApi('gtmOnSuccess').wasCalled();" }], setup: '' },
    notes: undefined,
  };
}

const undeclared = test.macro({
  async exec(t, context: 'WEB' | 'SERVER', call: string, expected: string) {
    const result = await runTemplateTests(template(context, call));
    t.is(result.scenarios[0]?.message, expected);
  },
  title: (_p, context: 'WEB' | 'SERVER', call: string) => `undeclared permission - ${context.toLowerCase()} ${call}`,
});

const denied = (api: string, text: string): string => `${api}: Permission denied: ${text}`;

test(undeclared, 'WEB', "require('sendPixel')('https://p.example/')", denied('sendPixel', 'send_pixel does not allow URL "https://p.example/"'));
test(undeclared, 'WEB', "require('injectScript')('https://p.example/s.js')", denied('injectScript', 'inject_script does not allow URL "https://p.example/s.js"'));
test(undeclared, 'WEB', "require('injectHiddenIframe')('https://p.example/f')", denied('injectHiddenIframe', 'inject_hidden_iframe does not allow URL "https://p.example/f"'));
test(undeclared, 'WEB', "require('copyFromWindow')('a.b')", denied('copyFromWindow', 'access_globals does not allow read access to key "a.b"'));
test(undeclared, 'WEB', "require('setInWindow')('a', 1)", denied('setInWindow', 'access_globals does not allow write access to key "a"'));
test(undeclared, 'WEB', "require('callInWindow')('f')", denied('callInWindow', 'access_globals does not allow execute access to key "f"'));
test(undeclared, 'WEB', "require('getCookieValues')('c')", denied('getCookieValues', 'get_cookies does not allow reading cookie "c"'));
test(undeclared, 'WEB', "require('getUrl')('host')", denied('getUrl', 'get_url does not allow the URL component "host"'));
test(undeclared, 'WEB', "require('isConsentGranted')('ad_storage')", denied('isConsentGranted', 'access_consent does not allow read access to consent type "ad_storage"'));
test(undeclared, 'WEB', "require('localStorage').getItem('k')", denied('localStorage.getItem', 'access_local_storage does not allow read access to key "k"'));
test(undeclared, 'WEB', "require('copyFromDataLayer')('event')", denied('copyFromDataLayer', 'read_data_layer does not allow reading key "event"'));
test(undeclared, 'WEB', "require('logToConsole')('x')", '');
test(undeclared, 'WEB', "require('readTitle')()", '');
test(undeclared, 'WEB', "require('templateStorage').setItem('k', 1)", '');
test(undeclared, 'SERVER', "require('sendHttpRequest')('https://p.example/')", denied('sendHttpRequest', 'send_http does not allow URL "https://p.example/"'));
test(undeclared, 'SERVER', "require('sendPixelFromBrowser')('https://p.example/')", denied('sendPixelFromBrowser', 'send_pixel_from_browser does not allow URL "https://p.example/"'));
test(undeclared, 'SERVER', "require('getRequestHeader')('user-agent')", '');
test(undeclared, 'SERVER', "require('setResponseStatus')(200)", '');
test(undeclared, 'SERVER', "require('returnResponse')()", '');
