/**
 * The browser host in Chromium (`src/hosts/browser/`, bundled by `bundle.ts`) with a fixture template: real
 * pixels, scripts, cookies, window globals and macrotasks, and GTM's permission checks.
 */
import test from 'ava';
import type { Browser, Page } from 'playwright-core';
import { browserHostBundle } from '../../../src/hosts/browser/bundle.ts';
import { encodePermission } from '../../../src/permissions/typed-value.ts';
import type { Permission } from '../../../src/tpl/types.ts';
import { writeTpl } from '../../../src/tpl/write.ts';
import { launchChromium } from '../../../../../scripts/browser/chromium.ts';
import { startPageServer, type PageServer } from '../../../../../test/e2e/harness/page-server.ts';

const CODE = `const callLater = require('callLater');
const copyFromWindow = require('copyFromWindow');
const fromBase64 = require('fromBase64');
const getCookieValues = require('getCookieValues');
const getUrl = require('getUrl');
const injectScript = require('injectScript');
const sendPixel = require('sendPixel');
const setCookie = require('setCookie');
const setInWindow = require('setInWindow');
const toBase64 = require('toBase64');

if (data.action === 'pixel') {
  sendPixel(data.url, data.gtmOnSuccess, data.gtmOnFailure);
} else if (data.action === 'later') {
  callLater(() => setInWindow('fixtureLater', true, true));
  setInWindow('fixtureNow', true, true);
  data.report(copyFromWindow('fixtureLater'));
  data.gtmOnSuccess();
} else if (data.action === 'script') {
  let loaded = 0;
  const done = () => {
    loaded++;
    if (loaded === 2) data.gtmOnSuccess();
  };
  injectScript(data.url, done, data.gtmOnFailure, 'fixture');
  injectScript(data.url, done, data.gtmOnFailure, 'fixture');
} else if (data.action === 'cookie') {
  setCookie('fixture_cookie', 'a&b', { domain: 'auto', path: '/', 'max-age': 60 }, false);
  data.report(getCookieValues('fixture_cookie'));
  data.gtmOnSuccess();
} else if (data.action === 'base64') {
  data.report(toBase64(data.url));
  data.report(fromBase64(toBase64(data.url)));
  data.report(fromBase64('4oKsIGE/Yg'));
  data.report(fromBase64('not base64!'));
  data.gtmOnSuccess();
} else if (data.action === 'window') {
  data.report(copyFromWindow('fixtureInstance'));
  data.report(getUrl('path'));
  data.gtmOnSuccess();
}`;

const PERMISSIONS: Permission[] = [
  { id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['http://127.0.0.1:*/ok/*'] } },
  { id: 'inject_script', params: { urls: ['http://127.0.0.1:*/fixture.js'] } },
  {
    id: 'access_globals',
    params: {
      keys: [
        { key: 'fixtureLater', read: true, write: true, execute: false },
        { key: 'fixtureNow', read: false, write: true, execute: false },
        { key: 'fixtureInstance', read: true, write: false, execute: false },
      ],
    },
  },
  { id: 'get_cookies', params: { cookieAccess: 'specific', cookieNames: ['fixture_cookie'] } },
  { id: 'set_cookies', params: { allowedCookies: [{ name: 'fixture_cookie', domain: '*', path: '/', secure: 'any', session: 'any' }] } },
  { id: 'get_url', params: { urlParts: 'specific', path: true } },
];

const TPL = writeTpl({
  termsOfService: undefined,
  info: { type: 'TAG', id: 'cvt_temp_public_id', version: 1, securityGroups: [], displayName: 'Browser host fixture', description: 'Browser host test fixture.', containerContexts: ['WEB'] },
  parameters: [],
  context: 'WEB',
  code: CODE,
  permissions: PERMISSIONS.map(encodePermission),
  tests: { scenarios: [], setup: '' },
  notes: undefined,
});

interface Outcome {
  result: { ok: boolean; error?: { code: string; message: string } };
  ended: string[];
  reports: unknown[];
  errors: unknown[];
}

let browser: Browser;
let server: PageServer;

test.before(async () => {
  browser = await launchChromium();
  server = await startPageServer();
  server.page('/host.html', `<!doctype html><html><head><script>${await browserHostBundle()}</script></head><body></body></html>`);
  server.asset('/fixture.js', 'text/javascript', 'window.fixtureScriptRuns = (window.fixtureScriptRuns || 0) + 1;');
  server.asset('/ok/pixel.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
});

test.after.always(async () => {
  await browser?.close();
  await server?.close();
});

async function openHost(): Promise<Page> {
  const page = await browser.newPage();
  // tsx compiles this file with esbuild's keepNames: functions handed to page.evaluate call its `__name` helper.
  await page.addInitScript('window.__name = function (fn) { return fn; };');
  await page.goto(`${server.origin}/host.html`);
  return page;
}

/** Runs the fixture once in the page; resolves when it ended (or after `waitMs`). */
function run(page: Page, action: string, url: string, waitMs = 2000): Promise<Outcome> {
  return page.evaluate(([tpl, act, target, wait]) => new Promise<Outcome>((resolve) => {
    const w = window as unknown as { gtmBrowserHost: { loadBrowserTemplate(t: string): { ok: boolean; value: { run(o: unknown): Outcome['result'] } } } };
    const outcome: Outcome = { result: { ok: false }, ended: [], reports: [], errors: [] };
    const finish = () => setTimeout(() => resolve(outcome), 50);
    const loaded = w.gtmBrowserHost.loadBrowserTemplate(tpl as string);
    outcome.result = loaded.value.run({
      data: {
        action: act,
        url: target,
        report: (value: unknown) => outcome.reports.push(value),
        gtmOnSuccess: () => { outcome.ended.push('success'); finish(); },
        gtmOnFailure: () => { outcome.ended.push('failure'); finish(); },
      },
      onError: (error: unknown) => outcome.errors.push(error),
    });
    setTimeout(() => resolve(outcome), wait as number);
  }), [TPL, action, url, waitMs] as const);
}

test('browser host - sendPixel loads a real image from an allowed URL', async (t) => {
  const page = await openHost();
  const outcome = await run(page, 'pixel', `${server.origin}/ok/pixel.svg?n=1`);
  t.deepEqual(outcome.result, { ok: true, value: undefined });
  t.deepEqual(outcome.ended, ['success']);
  await page.close();
});

test('browser host - sendPixel to a URL outside the permission is refused as in GTM, nothing is requested', async (t) => {
  const page = await openHost();
  const outcome = await run(page, 'pixel', `${server.origin}/evil/pixel.gif`, 300);
  t.false(outcome.result.ok);
  t.is(outcome.result.error?.code, 'permission');
  t.regex(outcome.result.error?.message ?? '', /send_pixel/);
  t.deepEqual(outcome.ended, []);
  t.deepEqual(server.requests.filter((r) => r.url.startsWith('/evil/')), []);
  await page.close();
});

test('browser host - callLater runs in a later task of the page, not before run returns', async (t) => {
  const page = await openHost();
  const outcome = await run(page, 'later', '');
  t.deepEqual(outcome.reports, [undefined]);
  t.deepEqual(await page.evaluate(() => [(window as unknown as { fixtureNow: unknown }).fixtureNow, (window as unknown as { fixtureLater: unknown }).fixtureLater]), [true, true]);
  await page.close();
});

test('browser host - injectScript with a cache token adds one script element and calls both callers back', async (t) => {
  const page = await openHost();
  const outcome = await run(page, 'script', `${server.origin}/fixture.js`);
  t.deepEqual(outcome.ended, ['success']);
  t.is(await page.evaluate(() => (window as unknown as { fixtureScriptRuns: number }).fixtureScriptRuns), 1);
  t.is(await page.evaluate(() => document.querySelectorAll('script[src$="/fixture.js"]').length), 1);
  await page.close();
});

test('browser host - setCookie and getCookieValues use document.cookie', async (t) => {
  const page = await openHost();
  const outcome = await run(page, 'cookie', '');
  t.deepEqual(outcome.reports, [['a&b']]);
  t.deepEqual((await page.context().cookies()).filter((c) => c.name === 'fixture_cookie').map((c) => [c.value, c.path]), [['a&b', '/']]);
  await page.close();
});

test('browser host - copyFromWindow copies a page object; getUrl reads location', async (t) => {
  const page = await openHost();
  await page.evaluate(() => {
    class Instance {
      a = 1;
      nested = { b: [2, 3] };
    }
    (window as unknown as { fixtureInstance: unknown }).fixtureInstance = new Instance();
  });
  const outcome = await run(page, 'window', '');
  t.deepEqual(outcome.reports, [{ a: 1, nested: { b: [2, 3] } }, '/host.html']);
  await page.close();
});

test('browser host - toBase64 / fromBase64 run in the page: UTF-8, round trip, unpadded input, undefined for non-base64', async (t) => {
  const page = await openHost();
  const outcome = await run(page, 'base64', '€ a?b');
  t.deepEqual(outcome.errors, []);
  t.deepEqual(outcome.reports, ['4oKsIGE/Yg==', '€ a?b', '€ a?b', undefined]);
  t.deepEqual(outcome.ended, ['success']);
  await page.close();
});
