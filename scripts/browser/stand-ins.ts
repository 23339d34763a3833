/**
 * Local stand-ins for INFOnline's scripts: they define the functions the web template calls (`IOMm`, `iom.c`,
 * `iom.ct`) and record each call in `window.__record` with `performance.now()` and the TCF event being delivered
 * at that moment (set by `./page.ts`), so a test can tell whether the measurement ran inside the CMP's callback.
 * Nothing leaves the page.
 */

/** The Measurement Manager's loader (`https://<data domain>/iomm/latest/bootstrap/loader.js`). */
export const MEASUREMENT_MANAGER_STAND_IN = `(function () {
  window.IOMm = function (command, params) {
    window.__record.push({ kind: 'IOMm', command: command, params: params, at: performance.now(), inTcfEvent: window.__currentTcfEvent });
  };
})();`;

/** The classic tag (`https://script.ioam.de/iam.js`). */
export const IAM_JS_STAND_IN = `(function () {
  window.iom = {
    c: function (params, mode) {
      window.__record.push({ kind: 'iom.c', params: params, mode: mode, at: performance.now(), inTcfEvent: window.__currentTcfEvent });
    },
    ct: function (ct) {
      window.__record.push({ kind: 'iom.ct', ct: ct, at: performance.now(), inTcfEvent: window.__currentTcfEvent });
    },
  };
})();`;

/** The real URLs the template loads, as Playwright route patterns, and what answers them. */
export const INFONLINE_ROUTES: readonly { pattern: string; body: string }[] = [
  { pattern: 'https://script.ioam.de/iam.js', body: IAM_JS_STAND_IN },
  { pattern: 'https://*/iomm/latest/bootstrap/loader.js', body: MEASUREMENT_MANAGER_STAND_IN },
];
