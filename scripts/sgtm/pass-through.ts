/**
 * The pass-through client of the benchmarks: claims /iom and forwards every hit parameter to every target in
 * `data.targets`, with no validation and no consent. It is the yardstick for what the sandbox costs a client that
 * does the least a forwarding client can do; our client is measured against it.
 */
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeTpl } from '../../packages/gtm-template-test-runner/src/tpl/write.ts';
import { encodePermission } from '../../packages/gtm-template-test-runner/src/permissions/typed-value.ts';
import type { Permission, TemplateFile } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';

export const PASS_THROUGH_CODE = `const claimRequest = require('claimRequest');
const getRequestPath = require('getRequestPath');
const getRequestQueryParameter = require('getRequestQueryParameter');
const encodeUriComponent = require('encodeUriComponent');
const JSON = require('JSON');
const returnResponse = require('returnResponse');
const sendHttpRequest = require('sendHttpRequest');
const setResponseStatus = require('setResponseStatus');
const NAMES = ['st', 'cp', 'co', 'ct', 'sv', 'gdpr', 'gdpr_consent', 'url', 'ref', 'uid'];
if (getRequestPath() === '/iom') {
  claimRequest();
  const values = {};
  let query = '';
  for (const name of NAMES) {
    const value = getRequestQueryParameter(name);
    if (value === undefined) continue;
    values[name] = value;
    query = query + (query === '' ? '' : '&') + name + '=' + encodeUriComponent(value);
  }
  setResponseStatus(204);
  returnResponse();
  for (const route of data.targets) {
    const url = route.endpoint.split('{st}').join(encodeUriComponent(values.st || ''));
    if (route.method === 'POST') sendHttpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 2000 }, JSON.stringify(values));
    else sendHttpRequest(url + '?' + query, { method: 'GET', timeout: 2000 });
  }
}
`;

const PASS_THROUGH_PERMISSIONS: Permission[] = [
  { id: 'read_request', params: { requestAccess: 'any', headerAccess: 'any', queryParameterAccess: 'any' } },
  { id: 'access_response', params: { writeResponseAccess: 'any', writeHeaderAccess: 'any' } },
  { id: 'return_response', params: {} },
  { id: 'send_http', params: { allowedUrls: 'specific', urls: ['http://127.0.0.1:*/'] } },
];

export function passThroughFile(): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type: 'CLIENT', id: 'cvt_pass', version: 1, securityGroups: [], displayName: 'pass-through', description: '', containerContexts: ['SERVER'] },
    context: 'SERVER',
    parameters: [],
    code: PASS_THROUGH_CODE,
    permissions: PASS_THROUGH_PERMISSIONS.map(encodePermission),
    tests: undefined,
    notes: undefined,
  };
}

/** The pass-through client written to a temporary `.tpl`, for the local server. */
export async function passThroughTpl(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sgtm-bench-'));
  const tplFile = path.join(dir, 'pass-through.tpl');
  await writeFile(tplFile, writeTpl(passThroughFile()));
  return tplFile;
}
