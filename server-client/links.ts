/**
 * Link events (issue 7, item 3): a publisher row names a pair of identifiers and a vendor; when, for one hit,
 * both identifiers of the pair were attached for that vendor (every requirement of both rules held for it), the
 * client sends the vendor one link event carrying the two; never otherwise. The endpoint's host is fixed, like a
 * route's: no placeholders at all.
 */
import type { Result } from '../consent/index.ts';
import { success } from '../consent/result.ts';
import type { Forward } from './forward.ts';
import type { ClientErrorCode } from './result.ts';
import { clientFailure } from './result.ts';
import { checkEndpoint, placeholders } from './routing.ts';

const JSON = require('JSON');
const makeInteger = require('makeInteger');

export interface Link {
  label: string;
  first: string;
  second: string;
  vendorId: number;
  endpoint: string;
}

/** A link-events row as GTM hands it over: every cell a string. */
export interface LinkRow {
  label: string;
  first: string;
  second: string;
  vendorId: string;
  endpoint: string;
}

/** Check one row against the identifier rules' names. A row that fails is skipped (and logged). */
export function parseLink(row: LinkRow, identifierNames: string[]): Result<Link, ClientErrorCode> {
  const label = row.label.trim() === '' ? 'link ' + row.first + '+' + row.second : row.label.trim();
  const first = row.first.trim();
  const second = row.second.trim();
  if (identifierNames.indexOf(first) === -1) return clientFailure('bad-rule', label + ': "' + first + '" is not an identifier rule');
  if (identifierNames.indexOf(second) === -1) return clientFailure('bad-rule', label + ': "' + second + '" is not an identifier rule');
  if (first === second) return clientFailure('bad-rule', label + ': a link needs two different identifiers');
  const vendorCell = row.vendorId.trim();
  const vendorId = makeInteger(vendorCell);
  if (!(vendorId >= 1) || '' + vendorId !== vendorCell) return clientFailure('bad-rule', label + ': the GVL id is not a positive integer');
  if (placeholders(row.endpoint).length > 0) return clientFailure('bad-rule', label + ': the endpoint has a placeholder; a link event\'s endpoint is fixed');
  const endpoint = checkEndpoint(label, row.endpoint.trim(), []);
  if (!endpoint.ok) return clientFailure('bad-rule', endpoint.error.message);
  return success({ label: label, first: first, second: second, vendorId: vendorId, endpoint: endpoint.value });
}

/**
 * The link event for `attached` (the identifiers attached for the link's vendor on this hit), or why there is
 * none: one missing identifier is enough to send nothing.
 */
export function linkEvent(link: Link, attached: { [name: string]: string }): Result<Forward, ClientErrorCode> {
  const missing: string[] = [];
  if (attached[link.first] === undefined) missing.push(link.first);
  if (attached[link.second] === undefined) missing.push(link.second);
  if (missing.length > 0) return clientFailure('bad-rule', 'not attached for this vendor: ' + missing.join(', '));
  const body: { [name: string]: string } = { event: 'link' };
  body[link.first] = attached[link.first];
  body[link.second] = attached[link.second];
  return success({ url: link.endpoint, method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}
