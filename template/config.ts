/**
 * What the field validators cannot guarantee at run time (a GTM variable can deliver anything): a bad value ends
 * the tag with `gtmOnFailure` and says why, nothing is sent.
 */
import type { DataOf } from '../compiler/fields.ts';
import { makeNumber } from './apis.ts';
import type { fields } from './fields.ts';

export type Data = DataOf<typeof fields>;
export type ConfigResult = { ok: true; value: { timeout: number; maxAge: number } } | { ok: false; error: { code: 'bad-field'; message: string } };

const NAME = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
const HOST = 'abcdefghijklmnopqrstuvwxyz0123456789.-';
const URL = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_~/:%';

function only(value: unknown, allowed: string): boolean {
  if (typeof value !== 'string' || value === '') return false;
  for (let i = 0; i < value.length; i++) {
    if (allowed.indexOf(value.charAt(i)) === -1) return false;
  }
  return true;
}

export function readConfig(data: Data): ConfigResult {
  const timeout = makeNumber(data.tcfTimeout);
  const days = makeNumber(data.cookieDays);
  const url = data.serverUrl;
  // The cookie name has its field validator only: its permission names it, so a variable cannot be used.
  const checks: [boolean, string][] = [
    [only(data.st, NAME), 'site id (st) "' + data.st + '" must be letters, digits, _ or -'],
    [data.tagType !== 'manager' || (only(data.dn, HOST) && data.dn.indexOf('data-') === 0), 'data domain (dn) "' + data.dn + '" must look like data-1a2b3c4d5e.example.de'],
    [!data.sendToServer || (only(url, URL) && url.indexOf('https://') === 0), 'server container URL "' + url + '" must be https:// without query'],
    [data.tagType !== 'none' || data.sendToServer, 'nothing to send: choose an INFOnline tag or the server container'],
    [timeout >= 0 && timeout <= 10000, 'CMP wait "' + data.tcfTimeout + '" must be 0 to 10000 ms'],
    [days >= 1 && days <= 28, 'cookie lifetime "' + data.cookieDays + '" must be 1 to 28 days'],
  ];
  for (const check of checks) {
    if (!check[0]) return { ok: false, error: { code: 'bad-field', message: check[1] } };
  }
  return { ok: true, value: { timeout: timeout, maxAge: days * 86400 } };
}
