/**
 * The visitor's TCF choice through the CMP API (IAB CMP API v2.2, `addEventListener`): only `tcloaded` and
 * `useractioncomplete` are final. On `cmpuishown` the visitor has not chosen yet: it waits at most `uiTimeoutMs`
 * for the choice (a banner may stay open for the whole visit) and then reports `'undecided'`, still listening. A
 * stub's first call (no eventStatus) only gives the listener id. Without `__tcfapi` it looks again every
 * LOOK_EVERY_MS and once at `timeoutMs`. Both waits are the page's own timer (`setTimeout` through `callInWindow`):
 * the sandbox has no timer, and `callLater` on every turn would keep the page's event loop busy for the whole wait.
 * A CMP in another frame (`__tcfapiLocator`, no `__tcfapi` here) is out of reach: the sandbox can neither
 * `postMessage` nor listen for messages, so that page is one without a CMP.
 */
import type { TcData } from '../consent/tag.ts';
import { callInWindow, getTimestampMillis } from './apis.ts';

const copyFromWindow = require('copyFromWindow');

export type TcfData = TcData & { listenerId?: unknown };
export type TcfEvent = TcfData | 'error' | 'timeout' | 'undecided';

/** Spaced looks for a CMP that loads after the tag: late enough to leave the page idle, early enough to matter. */
const LOOK_EVERY_MS = 100;

/**
 * `onEvent` gets each final event's `tcData`, `'error'` (success false, no tcData, cmpStatus error), `'timeout'`
 * (no CMP in time) or `'undecided'` (banner shown, no choice in time), and `stop`, which removes the listener (its
 * id may be 0).
 */
export function readTcf(timeoutMs: number, uiTimeoutMs: number, onEvent: (event: TcfEvent, stop: () => void) => void): void {
  const deadline = getTimestampMillis() + timeoutMs;
  let listenerId: unknown = undefined;
  let stopped = false;
  // The banner being shown (a new object per banner, so that the wait of an earlier one ends nothing), or null.
  let banner: object | null = null;
  const stop = () => {
    if (!stopped && typeof listenerId === 'number') callInWindow('__tcfapi', 'removeEventListener', 2, () => {}, listenerId);
    stopped = true;
  };
  const listener = (tcData: TcfData | null, success: boolean) => {
    const valid = typeof tcData === 'object' && tcData !== null;
    if (valid && typeof tcData.listenerId === 'number') listenerId = tcData.listenerId;
    const status = valid ? tcData.eventStatus : undefined;
    if (stopped) return;
    if (status !== 'cmpuishown') banner = null;
    if (success !== true || !valid || tcData.cmpStatus === 'error') onEvent('error', stop);
    else if (status === 'tcloaded' || status === 'useractioncomplete') onEvent(tcData, stop);
    else if (status === 'cmpuishown' && !banner) {
      const shown = {};
      banner = shown;
      callInWindow('setTimeout', () => {
        if (banner === shown && !stopped) onEvent('undecided', stop);
      }, uiTimeoutMs);
    }
  };
  const look = () => {
    const left = deadline - getTimestampMillis();
    if (typeof copyFromWindow('__tcfapi') === 'function') callInWindow('__tcfapi', 'addEventListener', 2, listener);
    else if (left <= 0) onEvent('timeout', stop);
    else callInWindow('setTimeout', look, left < LOOK_EVERY_MS ? left : LOOK_EVERY_MS);
  };
  look();
}
