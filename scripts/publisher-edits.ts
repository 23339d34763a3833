/**
 * What a publisher does after importing a template to let it read identifiers: add the cookie names (web tag,
 * `get_cookies`) or query parameter names (server client, `read_request`) to the template's permission. Done on
 * the parsed .tpl (the runner's parser and writer), so the result is the file GTM would export after that edit.
 * Used by the demo and the browser tests.
 */
import { formatDiagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { parseTpl } from '../packages/gtm-template-test-runner/src/tpl/parse.ts';
import { writeTpl } from '../packages/gtm-template-test-runner/src/tpl/write.ts';
import { decodePermissionEntry, encodePermission } from '../packages/gtm-template-test-runner/src/permissions/typed-value.ts';
import type { PlainValue } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

type Params = { [key: string]: PlainValue };

function editPermission(tplText: string, id: string, edit: (params: Params) => Params): string {
  const parsed = parseTpl(tplText, 'template.tpl');
  if (!parsed.ok) throw new Error(`the template does not parse: ${parsed.diagnostics.map(formatDiagnostic).join('; ')}`);
  const file = parsed.value;
  const index = file.permissions.findIndex((entry) => entry.instance.key.publicId === id);
  const entry = file.permissions[index];
  if (entry === undefined) throw new Error(`the template has no ${id} permission`);
  const decoded = decodePermissionEntry(entry);
  if (!decoded.ok) throw new Error(`its ${id} permission does not decode: ${decoded.error.message}`);
  file.permissions[index] = encodePermission({ id, params: edit(decoded.value.params) });
  return writeTpl(file);
}

function listed(value: PlainValue | undefined): PlainValue[] {
  return Array.isArray(value) ? value : [];
}

/** The web tag may read these first-party cookies too. */
export function allowCookies(tplText: string, names: readonly string[]): string {
  return editPermission(tplText, 'get_cookies', (params) => {
    const current = listed(params.cookieNames);
    return { ...params, cookieAccess: 'specific', cookieNames: [...current, ...names.filter((name) => !current.includes(name))] };
  });
}

/** The server client may read these query parameters too. */
export function allowQueryParameters(tplText: string, names: readonly string[]): string {
  return editPermission(tplText, 'read_request', (params) => {
    const current = listed(params.queryParameterWhitelist);
    const known = current.map((item) => (typeof item === 'object' && !Array.isArray(item) ? item.queryParameter : undefined));
    const added = names.filter((name) => !known.includes(name)).map((name): PlainValue => ({ queryParameter: name }));
    return { ...params, queryParameterAccess: 'specific', queryParameterWhitelist: [...current, ...added] };
  });
}
