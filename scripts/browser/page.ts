/**
 * "Run the compiled web template in a real page": builds the page (a real IAB CMP, the runner's browser host, the
 * template) and wires a Playwright page so that INFOnline's script URLs are answered by local stand-ins and hits
 * to the server container go where the caller says. Used by the browser tests and the demo.
 *
 * In the page:
 *  - `window.testCmp.update(tcString | null | '', uiVisible)` drives the CMP as a CMP does;
 *  - `window.fireTemplate(data?)` runs the template once (a tag firing), `autorun` does it on load;
 *  - `window.__record` lists what happened, in order: `tcf` (each event delivered to a listener the template
 *    registered), `IOMm` / `iom.c` / `iom.ct` (the stand-ins), `gtmOnSuccess` / `gtmOnFailure`, `error`;
 *    `window.__currentTcfEvent` is the sequence number of the TCF event being delivered, null between events.
 */
import type { Page, Route } from 'playwright-core';
import { browserHostBundle } from '../../packages/gtm-template-test-runner/src/hosts/browser/bundle.ts';
import { cmpScripts, installCmpSnippet } from './cmp-scripts.ts';
import { INFONLINE_ROUTES } from './stand-ins.ts';

export interface WebTemplatePageOptions {
  /** The compiled template (`template.tpl`'s text). */
  tplText: string;
  /** The tag's fields. */
  data: Record<string, unknown>;
  /** Put a real CMP on the page (IAB stub + CmpApi); false: no `__tcfapi` at all. */
  cmp: boolean;
  /** Fire the template when the page has loaded (default true). */
  autorun?: boolean;
}

/** JSON that is safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Marks every TCF event delivered to a listener registered through `__tcfapi('addEventListener', …)` after this
 * point (the template's): recorded with its time, and `__currentTcfEvent` set while the listener runs.
 */
const TCF_EVENT_MARKER = `(function () {
  var real = window.__tcfapi;
  var sequence = 0;
  window.__currentTcfEvent = null;
  window.__tcfapi = function (command, version, callback, parameter) {
    // The IAB CmpApi may route a call back through window.__tcfapi: mark each listener once.
    if (command !== 'addEventListener' || typeof callback !== 'function' || callback.__tcfMarked) return real.apply(this, arguments);
    var marked = function (tcData, success) {
      sequence += 1;
      window.__record.push({ kind: 'tcf', seq: sequence, eventStatus: tcData && tcData.eventStatus, success: success, at: performance.now() });
      var outer = window.__currentTcfEvent;
      window.__currentTcfEvent = sequence;
      try { return callback(tcData, success); } finally { window.__currentTcfEvent = outer; }
    };
    marked.__tcfMarked = true;
    return real.call(this, command, version, marked, parameter);
  };
})();`;

export async function webTemplatePageHtml(options: WebTemplatePageOptions): Promise<string> {
  const host = await browserHostBundle();
  const cmp = options.cmp ? await cmpScripts() : undefined;
  const cmpTags = cmp === undefined ? '' :
    `<script>${cmp.stub}</script><script>${cmp.cmpApi}</script><script>${installCmpSnippet(10, 1)}</script><script>${TCF_EVENT_MARKER}</script>`;
  const run = `
    window.__tpl = ${scriptJson(options.tplText)};
    window.__data = ${scriptJson(options.data)};
    window.fireTemplate = function (data) {
      var record = function (kind, extra) { window.__record.push(Object.assign({ kind: kind, at: performance.now() }, extra || {})); };
      var loaded = window.gtmBrowserHost.loadBrowserTemplate(window.__tpl);
      if (!loaded.ok) return record('error', { error: loaded.error });
      var fields = Object.assign({}, data || window.__data, {
        gtmOnSuccess: function () { record('gtmOnSuccess'); },
        gtmOnFailure: function () { record('gtmOnFailure'); },
      });
      var result = loaded.value.run({ data: fields, onError: function (error) { record('error', { error: error }); } });
      if (!result.ok) record('error', { error: result.error });
    };
    ${options.autorun === false ? '' : 'window.fireTemplate();'}`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>web template</title>
<script>window.__record = [];</script>
${cmpTags}
<script>${host}</script>
</head><body><script>${run}</script></body></html>`;
}

/** A request the page sent to the server container (a `sendPixel` hit). */
export interface ServerHit {
  url: string;
  at: number;
}

export interface RouteOptions {
  /** The test page's own origin: its requests are served normally. */
  pageOrigin: string;
  /** The origin of the template's server container URL (e.g. `https://sgtm.example.de`). */
  serverOrigin?: string;
  /** Every request to `serverOrigin`, in order. */
  hits?: ServerHit[];
  /**
   * Where those requests really go (e.g. the local sGTM server, `http://127.0.0.1:8080`): same path and query,
   * its answer is the page's. Without it they are answered with a 1×1 GIF.
   */
  forwardTo?: string;
}

const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Answers INFOnline's script URLs with the stand-ins and every request to `serverOrigin` (the template's server
 * container URL) as `forwardTo` answers it, or with a 1×1 GIF, recording it in `hits`. Other external requests
 * are aborted (no network).
 */
export async function routeWebTemplatePage(page: Page, options: RouteOptions): Promise<void> {
  for (const route of INFONLINE_ROUTES) {
    await page.route(route.pattern, (r: Route) => r.fulfill({ status: 200, contentType: 'text/javascript', body: route.body }));
  }
  if (options.serverOrigin !== undefined) {
    const serverOrigin = options.serverOrigin;
    await page.route(`${serverOrigin}/**`, async (r: Route) => {
      const url = r.request().url();
      options.hits?.push({ url, at: Date.now() });
      if (options.forwardTo === undefined) return r.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL_GIF });
      const response = await r.fetch({ url: options.forwardTo + url.slice(serverOrigin.length) });
      return r.fulfill({ response });
    });
  }
  // Registered last, so it runs first (Playwright): everything external that no route above answers is aborted.
  await page.route((url) => url.origin !== options.pageOrigin, (r: Route) => {
    const url = r.request().url();
    const handledElsewhere = INFONLINE_ROUTES.some((route) => matchesStar(route.pattern, url)) ||
      (options.serverOrigin !== undefined && url.startsWith(`${options.serverOrigin}/`));
    if (handledElsewhere) return r.fallback();
    return r.abort();
  });
}

function matchesStar(pattern: string, url: string): boolean {
  const parts = pattern.split('*');
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const found = url.indexOf(part, at);
    if (found === -1 || (i === 0 && found !== 0)) return false;
    at = found + part.length;
  }
  return pattern.endsWith('*') || at === url.length;
}
