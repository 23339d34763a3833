/**
 * Sending the measurement: INFOnline's Measurement Manager (`IOMm`, research tcf-infonline.md §4.5), the classic
 * tag (`iam.js`, `iom.c`, §4.2) and/or a hit to the server container's INFOnline client (docs/wire-protocol.md).
 */
import { callInWindow, getCookieValues, log } from './apis.ts';
import { only } from './config.ts';
import type { Data } from './config.ts';

declare const data: Data;

const encodeUriComponent = require('encodeUriComponent');
const getReferrerUrl = require('getReferrerUrl');
const getUrl = require('getUrl');
const injectScript = require('injectScript');
const queryPermission = require('queryPermission');
const sendPixel = require('sendPixel');

/** What a measurement carries; `gdpr` and `tcString` only come from a TCF CMP. */
export interface Consent {
  ct: string;
  sv: string;
  gdpr: string;
  tcString: string;
  time: number;
}

/**
 * Loads the tag's script; GTM injects a script with a cache token once per page and calls every caller's
 * callbacks when it has loaded.
 */
export function loadTag(onLoad: () => void, onFailure: () => void): void {
  const url = data.tagType === 'manager' ? 'https://' + data.dn + '/iomm/latest/bootstrap/loader.js' : 'https://script.ioam.de/iam.js';
  injectScript(url, onLoad, onFailure, url);
}

/** Calls INFOnline's tag: the page view, or (`update`) only the new `ct`. */
export function callTag(consent: Consent, update: boolean): void {
  if (data.tagType === 'manager') {
    callInWindow('IOMm', 'configure', { st: data.st, dn: data.dn, ct: consent.ct });
    if (!update) callInWindow('IOMm', 'pageview', { cp: data.cp, co: data.co, sv: consent.sv });
  } else if (update) {
    callInWindow('iom.ct', consent.ct);
  } else {
    // mode 1: iam.js sends with a script element (research §4.2).
    callInWindow('iom.c', { st: data.st, cp: data.cp, co: data.co, ct: consent.ct, sv: consent.sv }, 1);
  }
}

/**
 * The hit to the server client: one GET, every value URI-encoded; `ev=consent` marks an update. Each identifier
 * row adds its first-party cookie as the query parameter it names, the one the server client's identifier rule of
 * source `query` reads and attaches per vendor only where the visitor's consent allows it (docs/privacy.md). A row
 * is skipped with a debug log when its name is not A-Z a-z 0-9 _ - . or a parameter of the hit, when the
 * get_cookies permission does not list its cookie, or when the cookie is absent.
 */
export function sendHit(consent: Consent, update: boolean, done: (ok: boolean) => void): void {
  const params = [
    ['st', data.st], ['cp', data.cp], ['co', data.co], ['ct', consent.ct], ['sv', consent.sv], ['gdpr', consent.gdpr],
    ['gdpr_consent', consent.tcString], ['url', getUrl()], ['ref', getReferrerUrl()], ['cts', '' + consent.time],
  ];
  if (update) params.push(['ev', 'consent']);
  for (const row of data.identifiers || []) {
    // Not a name the hit already carries, nor `uid`, which the server reads as a hit field outside the rules.
    const free = only(row.name, 0, 65) && row.name !== 'uid' && !params.some((p) => p[0] === row.name);
    const value = free && queryPermission('get_cookies', row.cookie) ? getCookieValues(row.cookie)[0] : '';
    if (value) params.push([row.name, value]);
    else log('identifier ' + row.name + ' skipped: bad name, cookie ' + row.cookie + ' not permitted or absent');
  }
  const query = params.map((p) => p[0] + '=' + encodeUriComponent('' + p[1]));
  sendPixel(data.serverUrl + '?' + query.join('&'), () => done(true), () => done(false));
}
