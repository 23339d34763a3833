/**
 * The demo's browser leg: a page with a real IAB CMP (scripts/browser/page.ts) runs the compiled web template,
 * which sends its hit to the server container URL. The page builder forwards the page's requests to that URL to
 * the local sGTM server (Playwright's routing stands in for DNS), so the hit travels page -> web template ->
 * local sGTM server -> vendor sinks.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { routeWebTemplatePage, webTemplatePageHtml, type ServerHit } from '../browser/page.ts';

/** The server container URL the web template is configured with (its send_pixel permission allows *.de/iom). */
export const SERVER_CONTAINER = 'https://sgtm.example.de';

const WEB_DATA = {
  st: 'demo', cp: 'home', co: 'npm start', sv: 'in', tagType: 'manager', dn: 'data-0123456789.example.de',
  sendToServer: true, serverUrl: `${SERVER_CONTAINER}/iom`, consentSource: 'tcf', tcfTimeout: '500', manualCt: '', consentModeMap: [],
  legalBasis: 'consent', encoding: 'minimal', onConsentChange: 'cookie', cookieName: 'iom_consent', cookieDays: '28',
};

export interface Visitor {
  /** First-party cookies the visitor already has on the page's site (e.g. identifiers). */
  cookies?: Record<string, string>;
  /** Tag fields that differ from the demo's defaults (e.g. the identifier table). */
  data?: Record<string, unknown>;
}

export interface BrowserFlow {
  /** Opens a page, lets the CMP report `tcString` as the visitor's choice, waits for the template to finish. */
  visit(tcString: string, visitor?: Visitor): Promise<{ outcome: string; hits: string[] }>;
  close(): Promise<void>;
}

export async function startBrowserFlow(tplText: string, localServer: string): Promise<BrowserFlow> {
  const pages = new Map<string, string>();
  const pageServer = http.createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? '');
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  const pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  const browser: Browser = await launchChromium();
  let count = 0;
  return {
    async visit(tcString, visitor = {}) {
      count += 1;
      const pagePath = `/article-${count}.html`;
      pages.set(pagePath, await webTemplatePageHtml({ tplText, data: { ...WEB_DATA, ...visitor.data }, cmp: true }));
      const page = await browser.newPage();
      const cookies = Object.entries(visitor.cookies ?? {}).map(([name, value]) => ({ name, value, url: pageOrigin }));
      if (cookies.length > 0) await page.context().addCookies(cookies);
      const hits: ServerHit[] = [];
      await routeWebTemplatePage(page, { pageOrigin, serverOrigin: SERVER_CONTAINER, forwardTo: localServer, hits });
      await page.goto(`${pageOrigin}${pagePath}`);
      await page.waitForFunction(() => typeof (window as unknown as { testCmp?: unknown }).testCmp === 'object');
      await page.evaluate((tc) => {
        (window as unknown as { testCmp: { update(tc: string, ui: boolean): void } }).testCmp.update(tc, false);
      }, tcString);
      await page.waitForFunction(() => (window as unknown as { __record: { kind: string }[] }).__record
        .some((r) => r.kind === 'gtmOnSuccess' || r.kind === 'gtmOnFailure' || r.kind === 'error'), undefined, { timeout: 10000 });
      const outcome = await page.evaluate(() => {
        const done = (window as unknown as { __record: { kind: string; error?: unknown }[] }).__record
          .find((r) => r.kind === 'gtmOnSuccess' || r.kind === 'gtmOnFailure' || r.kind === 'error');
        return done === undefined ? 'unknown' : done.kind + (done.error === undefined ? '' : ' ' + JSON.stringify(done.error));
      });
      await page.close();
      return { outcome, hits: hits.map((hit) => new URL(hit.url).search) };
    },
    async close() {
      await browser.close();
      pageServer.closeAllConnections();
      await new Promise<void>((resolve) => pageServer.close(() => resolve()));
    },
  };
}
