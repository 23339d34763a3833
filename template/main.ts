/**
 * The web tag: INFOnline measurement with the visitor's consent. Reads the consent (TCF CMP, a manual ct or
 * Consent Mode), turns it into INFOnline's `ct`, keeps it in the consent cookie, and measures exactly once per
 * firing: the Measurement Manager or the classic tag, and/or a hit to the server container. Every path ends in
 * exactly one `gtmOnSuccess` / `gtmOnFailure`.
 */
import type { TagCallbacks } from '../compiler/fields.ts';
import { getTimestampMillis, makeNumber } from './apis.ts';
import { readConfig } from './config.ts';
import type { Data } from './config.ts';
import { readConsentCookie, writeConsentCookie } from './consent-cookie.ts';
import { CT_DEFAULT, CT_TCF_NOTHING, ctFromGrants, ctFromTcData, ctGrants, validateCt } from '../consent/tag.ts';
import { callTag, loadTag, sendHit } from './measurement.ts';
import type { Consent } from './measurement.ts';
import { readTcf } from './tcf-reader.ts';

declare const data: Data & TagCallbacks;

const isConsentGranted = require('isConsentGranted');
const logToConsole = require('logToConsole');

/** INFOnline's (730) purposes the pseudonymous measurement (classic tag) needs, per legal basis (seed 002 §5.1). */
const MEASUREMENT_NEEDS = { consent: [1, 8], legitimateInterest: [8] };

let ended = false;
let measured: Consent | undefined = undefined;
let tagCalled = false;
const config = readConfig(data);
const maxAge = config.ok ? config.value.maxAge : 0;
let cookieCt = config.ok ? readConsentCookie(data.cookieName, maxAge, getTimestampMillis()) : '';

if (!config.ok) {
  end(false, config.error.message);
} else if (data.consentSource === 'manual') {
  const ct = validateCt(data.manualCt, ['none', 'other']);
  if (ct.ok) measure(ct.value, '', '');
  else end(false, ct.error.message);
} else if (data.consentSource === 'consentMode') {
  const granted = consentModeGrants();
  if (granted !== undefined) measure(ctFromGrants(granted, { encoding: data.encoding }), '', '');
} else {
  const timeout = config.value.timeout;
  // The manager decides itself which sensors may run: load it now, so it is ready at the final TCF event.
  if (data.tagType === 'manager') loadTag(data, () => {}, () => {});
  readTcf(timeout, (event, stop) => {
    if (event === 'timeout') log('no CMP within ' + timeout + ' ms');
    if (event === 'timeout') measure(cookieCt !== '' ? cookieCt : CT_DEFAULT, '', '');
    if (event === 'error' && measured === undefined) measure(CT_TCF_NOTHING, '', '');
    if (event === 'timeout' || event === 'error') return;
    const tcString = typeof event.tcString === 'string' ? event.tcString : '';
    const gdpr = event.gdprApplies === true ? '1' : event.gdprApplies === false ? '0' : '';
    measure(ctFromTcData(event, { encoding: data.encoding, legalBases: { '730': data.legalBasis } }), gdpr, tcString);
    if (data.onConsentChange === 'ignore') stop();
  });
}

/** The first decision measures; a later, different one updates the cookie (and, if set, INFOnline). */
function measure(ct: string, gdpr: string, tcString: string): void {
  if (measured !== undefined && measured.ct === ct) return;
  const update = measured !== undefined;
  const consent = { ct: ct, sv: ctGrants(ct, 785, 9) ? data.sv : 'ke', gdpr: gdpr, tcString: tcString, time: getTimestampMillis() };
  if (ct !== cookieCt) writeConsentCookie(data.cookieName, ct, maxAge, consent.time);
  cookieCt = ct;
  measured = consent;
  const allowed = data.tagType === 'manager' || gdpr === '0' || MEASUREMENT_NEEDS[data.legalBasis].every((p) => ctGrants(ct, 730, p));
  const tag = data.tagType !== 'none' && allowed;
  if (update) {
    log('consent changed to ' + ct);
    // The classic tag that waited for consent measures now (its one page view); otherwise only updates.
    if (tag && (!tagCalled || data.onConsentChange === 'update')) loadTag(data, () => callTag(data, consent, tagCalled), () => {});
    if (data.onConsentChange === 'update' && data.sendToServer) sendHit(data, consent, true, () => {});
    tagCalled = tagCalled || tag;
    return;
  }
  tagCalled = tag;
  let pending = 1;
  let failure = '';
  const done = (problem: string) => {
    failure = failure !== '' ? failure : problem;
    pending--;
    if (pending === 0) end(failure === '', failure !== '' ? failure : 'measured with ct ' + ct + ', sv ' + consent.sv);
  };
  if (data.sendToServer) {
    pending++;
    // The server client answers 204 by default, which an image request reports as an error: the hit was sent.
    sendHit(data, consent, false, (ok) => done(ok ? '' : log('no image from ' + data.serverUrl + ' (204 or failed)')));
  }
  if (tag) {
    pending++;
    loadTag(data, () => {
      callTag(data, consent, false);
      done('');
    }, () => done('the INFOnline script could not be loaded'));
  } else if (data.tagType !== 'none') {
    log('no ' + data.legalBasis + ' for the pseudonymous measurement: iam.js not loaded');
  }
  done('');
}

/** Granted purposes per vendor from Consent Mode; undefined (and the tag failed) for a bad table row. */
function consentModeGrants(): { [vendor: string]: number[] } | undefined {
  const granted: { [vendor: string]: number[] } = { '730': [], '785': [] };
  for (const row of data.consentModeMap) {
    for (const item of ('' + row.purposes).split(',')) {
      const purpose = makeNumber(item.trim());
      if (granted[row.vendor] === undefined || !(purpose >= 1 && purpose <= 10 && purpose % 1 === 0)) {
        end(false, 'Consent Mode row ' + row.consentType + ': "' + row.vendor + '", "' + row.purposes + '" is not 730/785 with purposes 1-10');
        return undefined;
      }
      if (isConsentGranted(row.consentType) && granted[row.vendor].indexOf(purpose) === -1) granted[row.vendor].push(purpose);
    }
  }
  return granted;
}

/** Logs in preview/debug mode only (the logging permission); '' for `done`. */
function log(message: string): string {
  logToConsole('INFOnline measurement: ' + message);
  return '';
}

function end(ok: boolean, message: string): void {
  if (ended) return;
  ended = true;
  log(message);
  if (ok) data.gtmOnSuccess();
  else data.gtmOnFailure();
}
