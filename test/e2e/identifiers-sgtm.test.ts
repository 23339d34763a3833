/**
 * The web tag's identifiers (issue 7, web side) end to end: the compiled template in Chromium reads a permitted
 * first-party cookie and sends it as the query parameter its row names; the local sGTM server's client (its
 * identifier rule of source `query`) attaches it to the vendor whose purposes the visitor granted and strips it
 * for the visitor who did not grant them. No network: page, sGTM server and vendor sinks are local.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import type { Browser } from 'playwright-core';
import { routeWebTemplatePage, webTemplatePageHtml } from '../../scripts/browser/page.ts';
import { root, settleServer, stackData, VENDOR_SPECS } from '../../scripts/sgtm/stack.ts';
import { startSgtmServer, type SgtmServer } from '../../scripts/sgtm/server.ts';
import { startSink, type Sink } from '../../scripts/sgtm/sinks.ts';
import { makeTcString } from '../../scripts/sgtm/tc-strings.ts';
import { launchChromium } from './harness/chromium.ts';
import { startPageServer, type PageServer } from './harness/page-server.ts';

const SERVER = 'https://sgtm.example.de';
const DATA = {
  st: 'ids', cp: 'home', co: 'e2e', sv: 'in', tagType: 'none', dn: '', sendToServer: true, serverUrl: `${SERVER}/iom`,
  identifiers: [{ name: 'crm_id', cookie: 'crm_id' }], consentSource: 'tcf', tcfTimeout: '500', uiTimeout: '5000', manualCt: '',
  consentModeMap: [], legalBasis: 'consent', encoding: 'minimal', onConsentChange: 'cookie', cookieName: 'iom_consent', cookieDays: '28',
};
/**
 * The server rule: the contact id may reach Analytics (4243; its route needs purposes 1, 8, 9) with purposes 1 and 5
 * (content profile), disclosed before the fixed decision date of the TC strings.
 */
const RULE = { name: 'crm_id', source: 'query', key: 'crm_id', vendors: '4243', purposes: '1,5', customPurpose: '', validFrom: '2025-06-01' };

let browser: Browser;
let pages: PageServer;
let sgtm: SgtmServer;
let tplText: string;
const sinks: Record<string, Sink> = {};
const logs: string[] = [];

test.before(async () => {
  // As a publisher does after import: the cookie permission lists the identifier's cookie too.
  const built = await readFile(path.join(root, 'template.tpl'), 'utf8');
  const marker = '"key": "cookieNames",';
  const at = built.indexOf('"string": "iom_consent"', built.indexOf(marker));
  tplText = built.slice(0, at) + '"string": "crm_id"\n              },\n              {\n                "type": 1,\n                ' + built.slice(at);
  for (const spec of VENDOR_SPECS) sinks[spec.name] = await startSink(spec.name);
  sgtm = await startSgtmServer({
    tplFile: path.join(root, 'server-client', 'template.tpl'),
    config: { data: { ...stackData(sinks, 2000, 'pixel'), identifiers: [RULE] }, sendHttpUrls: ['http://127.0.0.1:*/'], debug: true },
    onLog: (args) => logs.push(args.map(String).join(' ')),
  });
  browser = await launchChromium();
  pages = await startPageServer();
});

test.after.always(async () => {
  await browser?.close();
  await pages?.close();
  await sgtm?.close();
  for (const sink of Object.values(sinks)) await sink.close();
});

const visitor = test.macro({
  async exec(t, name: string, purposes: number[], expected: { analytics: string; log: string }) {
    const pagePath = `/identifiers-${name}.html`;
    pages.page(pagePath, await webTemplatePageHtml({ tplText, data: { ...DATA, st: name }, cmp: true }));
    const page = await browser.newPage();
    await page.context().addCookies([{ name: 'crm_id', value: `C-${name}`, url: pages.origin }]);
    await routeWebTemplatePage(page, { pageOrigin: pages.origin, serverOrigin: SERVER, forwardTo: sgtm.url });
    await page.goto(`${pages.origin}${pagePath}`);
    await page.evaluate((tc) => {
      (window as unknown as { testCmp: { update(tc: string, ui: boolean): void } }).testCmp.update(tc, false);
    }, makeTcString({ purposeConsents: purposes, vendorConsents: [730, 785, 4243] }));
    await page.waitForFunction(() => (window as unknown as { __record: { kind: string }[] }).__record.some((r) => r.kind === 'gtmOnSuccess' || r.kind === 'gtmOnFailure'));
    await settleServer(sgtm);
    const analytics = (sinks.Analytics as Sink).received.filter((r) => r.url.includes(`st=${name}`)).map((r) => new URL(r.url, 'http://sink').searchParams.get('crm_id'));
    t.deepEqual(analytics, [expected.analytics === '' ? null : expected.analytics]);
    t.true(logs.some((line) => line.includes(expected.log)), `log lacks: ${expected.log}`);
    await page.close();
  },
  title: (provided = '') => `identifiers through the local sGTM server - ${provided}`,
});

test.serial('purposes 1, 5, 8, 9 granted: the contact id from the cookie reaches Analytics', visitor, 'granted', [1, 5, 8, 9],
  { analytics: 'C-granted', log: 'Analytics (4243) identifier crm_id attached by rule crm_id: all requirements hold' });
test.serial('purpose 5 refused: Analytics gets the hit without the contact id, the log says why', visitor, 'refused', [1, 8, 9],
  { analytics: '', log: 'Analytics (4243) identifier crm_id stripped by rule crm_id: purposes not granted: 5' });
