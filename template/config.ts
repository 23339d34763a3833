/**
 * What the field validators cannot guarantee at run time (a GTM variable can deliver anything): a bad value ends
 * the tag with `gtmOnFailure` and names the field and the value; nothing is sent. The rules themselves are in the
 * fields' help texts and validators (fields.ts).
 */
import type { DataOf } from '../compiler/fields.ts';
import { failure, success } from '../consent/result.ts';
import type { Result } from '../consent/result.ts';
import { makeNumber } from './apis.ts';
import type { fields } from './fields.ts';

declare const data: Data;

export type Data = DataOf<typeof fields>;
export type Config = { timeout: number; uiTimeout: number };

/**
 * One alphabet, three character classes as ranges of it: [0, 64) site id and names (A-Z _ a-z 0-9 -),
 * [27, 65) host names (a-z 0-9 - .), [0, 69) URLs without query (no ? # & = or space).
 */
const CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz0123456789-.~/:%';

/** Whether `value` is a non-empty string of characters from CHARACTERS[from, to). */
export function only(value: unknown, from: number, to: number): boolean {
  if (typeof value !== 'string' || value === '') return false;
  for (let i = 0; i < value.length; i++) {
    const index = CHARACTERS.indexOf(value[i]);
    if (index < from || index >= to) return false;
  }
  return true;
}

export function readConfig(): Result<Config, 'bad-field'> {
  const timeout = makeNumber(data.tcfTimeout);
  // Added after 0.1: a tag saved before has no value, and waits the default.
  const uiTimeout = data.uiTimeout === undefined ? 5000 : makeNumber(data.uiTimeout);
  const days = makeNumber(data.cookieDays);
  // The cookie name has its field validator only: its permissions name it, so a variable cannot be used.
  const checks: [boolean, string, unknown][] = [
    [only(data.st, 0, 64), 'site id', data.st],
    [data.tagType !== 'manager' || (only(data.dn, 27, 65) && data.dn.indexOf('data-') === 0), 'data domain', data.dn],
    [!data.sendToServer || (only(data.serverUrl, 0, 69) && data.serverUrl.indexOf('https://') === 0), 'server container URL', data.serverUrl],
    [data.tagType !== 'none' || data.sendToServer, 'choice: no tag and no server container', data.tagType],
    [timeout >= 0 && timeout <= 10000, 'CMP wait', data.tcfTimeout],
    [uiTimeout >= 0 && uiTimeout <= 60000, 'banner wait', data.uiTimeout],
    [days >= 1 && days <= 28, 'cookie lifetime', data.cookieDays],
  ];
  for (const check of checks) {
    if (!check[0]) return failure('bad-field', 'bad ' + check[1] + ': "' + check[2] + '"');
  }
  return success({ timeout: timeout, uiTimeout: uiTimeout });
}
