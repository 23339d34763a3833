/**
 * The visitor's TCF choice through the CMP API (IAB CMP API v2.2, `addEventListener`): only `tcloaded` and
 * `useractioncomplete` are final; on `cmpuishown` (and a stub's first call) the visitor has not chosen yet, so it
 * waits. Without `__tcfapi` it looks again on each `callLater` turn until `timeoutMs` have passed.
 */
import type { TcData } from '../consent/index.ts';
import { callInWindow, getTimestampMillis } from './apis.ts';

const callLater = require('callLater');
const copyFromWindow = require('copyFromWindow');

export type TcfData = TcData & { listenerId?: unknown };
/**
 * `onEvent` gets each final event's `tcData`, `'error'` (success false, no tcData, cmpStatus error) or
 * `'timeout'` (no CMP in time), and `stop`, which removes the listener (its id may be 0).
 */
export function readTcf(timeoutMs: number, onEvent: (event: TcfData | 'error' | 'timeout', stop: () => void) => void): void {
  const deadline = getTimestampMillis() + timeoutMs;
  let listenerId: unknown = undefined;
  let stopped = false;
  const stop = () => {
    if (!stopped && typeof listenerId === 'number') callInWindow('__tcfapi', 'removeEventListener', 2, () => {}, listenerId);
    stopped = true;
  };
  const listener = (tcData: TcfData | null, success: boolean) => {
    const valid = typeof tcData === 'object' && tcData !== null;
    if (valid && typeof tcData.listenerId === 'number') listenerId = tcData.listenerId;
    if (stopped) return;
    if (success !== true || !valid || tcData.cmpStatus === 'error') onEvent('error', stop);
    else if (tcData.eventStatus === 'tcloaded' || tcData.eventStatus === 'useractioncomplete') onEvent(tcData, stop);
  };
  const look = () => {
    if (typeof copyFromWindow('__tcfapi') === 'function') callInWindow('__tcfapi', 'addEventListener', 2, listener);
    else if (getTimestampMillis() >= deadline) onEvent('timeout', stop);
    else callLater(look);
  };
  look();
}
