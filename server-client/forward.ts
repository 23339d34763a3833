/**
 * Forwarding one hit to one vendor: the request is built from the route alone (its endpoint, method and fields),
 * hit values only URL-encoded into placeholders or appended as query parameters (GET) or as a JSON body (POST).
 * Each forward runs on its own: a failure or a timeout ends that forward only. A host missing from the send_http
 * permission is a configuration error GTM raises at the call (the sandbox cannot ask beforehand on the server):
 * it ends the forwards after it, never the browser's response, which is sent before any forward.
 */
import type { Hit } from './hit.ts';
import type { Route } from './routing.ts';
import type { HitField } from './parameters.ts';

const JSON = require('JSON');
const encodeUriComponent = require('encodeUriComponent');
const sendHttpRequest = require('sendHttpRequest');

export interface Forward {
  url: string;
  method: 'GET' | 'POST';
  body: string | undefined;
  /** Undefined for a GET: the request then carries no options object for headers (one copy less per forward). */
  headers: { [name: string]: string } | undefined;
}

/** What became of a forward, for the debug log. */
export interface ForwardOutcome {
  label: string;
  url: string;
  status: 'sent' | 'failed' | 'timed_out';
  statusCode: number;
}

/** `identifiers`: the identifiers the rules attach for this vendor (name -> value), sent after the route's fields. */
export function buildForward(route: Route, hit: Hit, identifiers: { [name: string]: string }): Forward {
  const pieces = route.pieces;
  let url = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) url = url + encodedValue(hit, pieces[i] as HitField) + pieces[i + 1];
  if (route.method === 'POST') {
    const body: { [name: string]: string } = {};
    for (const name of route.sent) {
      const value = hit.values[name];
      if (value !== undefined) body[name] = value;
    }
    for (const name in identifiers) body[name] = identifiers[name];
    return { url: url, method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  }
  // A hit field is encoded once for all the hit's forwards; identifiers differ per vendor and are encoded here.
  let query = '';
  for (const name of route.sent) {
    if (hit.values[name] === undefined) continue;
    query = query + (query === '' ? '' : '&') + name + '=' + encodedValue(hit, name);
  }
  for (const name in identifiers) query = query + (query === '' ? '' : '&') + name + '=' + encode(identifiers[name]);
  if (query !== '') url = url + route.queryJoiner + query;
  return { url: url, method: 'GET', body: undefined, headers: undefined };
}

/**
 * Send one forward; `done`, when given, gets its outcome exactly once. Never waits, never throws: a failure
 * settles the request's promise, which nothing awaits.
 */
export function sendForward(label: string, forward: Forward, timeout: number, done: ((outcome: ForwardOutcome) => void) | undefined): void {
  const options = forward.headers === undefined
    ? { method: forward.method, timeout: timeout }
    : { method: forward.method, headers: forward.headers, timeout: timeout };
  const sent = sendHttpRequest(forward.url, options, forward.body);
  if (done === undefined) return;
  sent.then(
    (response) => done({ label: label, url: forward.url, status: 'sent', statusCode: response.statusCode }),
    (reason) => done({ label: label, url: forward.url, status: reasonOf(reason), statusCode: 0 }),
  );
}

function reasonOf(reason: unknown): 'failed' | 'timed_out' {
  const value = reason as { reason?: unknown } | undefined;
  return value !== undefined && value !== null && value.reason === 'timed_out' ? 'timed_out' : 'failed';
}

/** The hit's value of `name`, URL-encoded, kept in `hit.encoded` for the hit's other forwards. */
function encodedValue(hit: Hit, name: HitField): string {
  const known = hit.encoded[name];
  if (known !== undefined) return known;
  const encoded = encode(hit.values[name]);
  hit.encoded[name] = encoded;
  return encoded;
}

function encode(value: string | undefined): string {
  if (value === undefined) return '';
  const encoded = encodeUriComponent(value);
  return encoded === undefined ? '' : encoded;
}
