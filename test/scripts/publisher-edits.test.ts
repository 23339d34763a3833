import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import { allowCookies, allowQueryParameters } from '../../scripts/publisher-edits.ts';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import { decodePermissionEntry } from '../../packages/gtm-template-test-runner/src/permissions/typed-value.ts';
import type { PlainValue } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string): Promise<string> => readFile(path.join(root, file), 'utf8');

function params(tplText: string, id: string): { [key: string]: PlainValue } {
  const parsed = parseTpl(tplText, 'edited.tpl');
  if (!parsed.ok) throw new Error('edited template does not parse');
  const entry = parsed.value.permissions.find((e) => e.instance.key.publicId === id);
  if (entry === undefined) throw new Error(`no ${id}`);
  const decoded = decodePermissionEntry(entry);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value.params;
}

test('publisher edits - web tag: identifier cookies added after iom_consent, once', async (t) => {
  const edited = allowCookies(allowCookies(await read('template.tpl'), ['ga_cid', 'crm_id']), ['crm_id']);
  t.deepEqual(params(edited, 'get_cookies'), { cookieAccess: 'specific', cookieNames: ['iom_consent', 'ga_cid', 'crm_id'] });
});

test('publisher edits - web tag: everything but the permission is unchanged', async (t) => {
  const original = await read('template.tpl');
  const edited = allowCookies(original, ['ga_cid']);
  const before = parseTpl(original, 'a');
  const after = parseTpl(edited, 'b');
  if (!before.ok || !after.ok) return t.fail('does not parse');
  t.deepEqual({ ...after.value, permissions: [] }, { ...before.value, permissions: [] });
  t.is(after.value.permissions.length, before.value.permissions.length);
});

test('publisher edits - server client: query parameters added to the whitelist, once', async (t) => {
  const original = params(await read('server-client/template.tpl'), 'read_request');
  const edited = params(allowQueryParameters(allowQueryParameters(await read('server-client/template.tpl'), ['ga_cid']), ['ga_cid', 'crm_id']), 'read_request');
  const names = (value: PlainValue | undefined): unknown[] => (Array.isArray(value) ? value : []).map((item) => (typeof item === 'object' && !Array.isArray(item) ? item.queryParameter : item));
  t.deepEqual(names(edited.queryParameterWhitelist), [...names(original.queryParameterWhitelist), 'ga_cid']);
  t.true(names(original.queryParameterWhitelist).includes('crm_id'));
});

test('publisher edits - a template without the permission is refused', async (t) => {
  const web = await read('template.tpl');
  t.throws(() => allowQueryParameters(web, ['x']), { message: 'the template has no read_request permission' });
});
