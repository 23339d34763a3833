/**
 * The browser test environment itself: Debian's Chromium, a real IAB CMP (stub + CmpApi), TC strings from the IAB
 * library. If this fails, every browser test of the templates would fail for reasons that are not theirs.
 */
import test from 'ava';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium.ts';
import { cmpScripts, installCmpSnippet } from './harness/cmp-scripts.ts';
import { startPageServer, type PageServer } from './harness/page-server.ts';
import { makeTcString } from '../../scripts/sgtm/tc-strings.ts';

interface SeenEvent {
  success: boolean;
  eventStatus: string | undefined;
  cmpStatus: string | undefined;
  listenerId: number | undefined;
  vendor730: boolean | undefined;
  purpose8: boolean | undefined;
}

let browser: Browser;
let server: PageServer;

test.before(async () => {
  browser = await launchChromium();
  server = await startPageServer();
  const { stub, cmpApi } = await cmpScripts();
  // A listener registered through the stub before the CMP has loaded, as a tag in <head> would be.
  server.page(
    '/cmp.html',
    `<!doctype html><html><head><script>${stub}</script><script>
      window.seen = [];
      window.__tcfapi('addEventListener', 2, function (tcData, success) {
        window.seen.push({ success: success, eventStatus: tcData && tcData.eventStatus, cmpStatus: tcData && tcData.cmpStatus,
          listenerId: tcData && tcData.listenerId,
          vendor730: tcData && tcData.vendor && tcData.vendor.consents[730],
          purpose8: tcData && tcData.purpose && tcData.purpose.consents[8] });
      });
    </script></head><body><script>${cmpApi}</script><script>${installCmpSnippet(10, 1)}</script></body></html>`,
  );
});

test.after.always(async () => {
  await browser?.close();
  await server?.close();
});

test('real CMP in Chromium - UI shown, then the user accepts: cmpuishown then useractioncomplete, listenerId 0', async (t) => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/cmp.html`);
  const tcString = makeTcString({ purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785] });
  const seen = await page.evaluate((tc) => {
    const cmp = (window as unknown as { testCmp: { update(tc: string, ui: boolean): void } }).testCmp;
    cmp.update(tc, true);
    cmp.update(tc, false);
    return (window as unknown as { seen: SeenEvent[] }).seen;
  }, tcString);
  t.deepEqual(seen, [
    { success: true, eventStatus: 'cmpuishown', cmpStatus: 'loaded', listenerId: 0, vendor730: true, purpose8: true },
    { success: true, eventStatus: 'useractioncomplete', cmpStatus: 'loaded', listenerId: 0, vendor730: true, purpose8: true },
  ]);
  await page.close();
});

test('real CMP in Chromium - gdprApplies false (update with null) reaches the listener', async (t) => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/cmp.html`);
  const gdprApplies = await page.evaluate(() => {
    const w = window as unknown as { testCmp: { update(tc: null, ui: boolean): void }; __tcfapi: (...a: unknown[]) => void };
    w.testCmp.update(null, false);
    return new Promise<unknown>((resolve) => w.__tcfapi('ping', 2, (ping: { gdprApplies: unknown }) => resolve(ping.gdprApplies)));
  });
  t.is(gdprApplies, false);
  await page.close();
});
