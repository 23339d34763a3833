/**
 * The web tag: INFOnline measurement with the visitor's consent. Reads the consent (TCF CMP, a manual ct or
 * Consent Mode), turns it into INFOnline's `ct`, keeps it in the consent cookie, and measures exactly once per
 * firing: the Measurement Manager or the classic tag, and/or a hit to the server container. A later change of
 * the consent (TCF or Consent Mode) rewrites the cookie and, if set, updates INFOnline. Every path ends in
 * exactly one `gtmOnSuccess` / `gtmOnFailure`.
 */
import type { TagCallbacks } from '../compiler/fields.ts';
import { getTimestampMillis, log, makeNumber } from './apis.ts';
import { readConfig } from './config.ts';
import type { Data } from './config.ts';
import { readConsentCookie, writeConsentCookie } from './consent-cookie.ts';
import { CT_DEFAULT, CT_TCF_NOTHING, ctFromGrants, ctFromTcData, ctGrants, validateCt } from '../consent/tag.ts';
import { callTag, loadTag, sendHit } from './measurement.ts';
import type { Consent } from './measurement.ts';
import { readTcf } from './tcf-reader.ts';

declare const data: Data & TagCallbacks;

const addConsentListener = require('addConsentListener');
const isConsentGranted = require('isConsentGranted');

/** INFOnline's (730) purposes the pseudonymous measurement (classic tag) needs, per legal basis (seed 002 §5.1). */
const MEASUREMENT_NEEDS = { consent: [1, 8], legitimateInterest: [8] };

let ended = false;
let measured: Consent | undefined = undefined;
let tagCalled = false;
const config = readConfig();
const maxAge = makeNumber(data.cookieDays) * 86400;
let cookieCt = readConsentCookie(data.cookieName, maxAge, getTimestampMillis());

if (!config.ok) {
  end(false, config.error.message);
} else if (data.consentSource === 'manual') {
  const ct = validateCt(data.manualCt, ['none', 'other']);
  if (ct.ok) measure(ct.value, '', '');
  else end(false, ct.error.message);
} else if (data.consentSource === 'consentMode') {
  // A non-TCF CMP that updates Consent Mode later is followed as TCF changes are.
  const follow = fromConsentMode() && data.onConsentChange !== 'ignore';
  for (const row of follow ? data.consentModeMap : []) addConsentListener(row.consentType, fromConsentMode);
} else {
  // The manager decides itself which sensors may run: load it now, so it is ready at the final TCF event.
  if (data.tagType === 'manager') loadTag(() => {}, () => {});
  readTcf(config.value.timeout, config.value.uiTimeout, (event, stop) => {
    if (event === 'timeout') log('no CMP within ' + config.value.timeout + ' ms');
    if (event === 'undecided' && !measured) log('banner open, no choice within ' + config.value.uiTimeout + ' ms; still listening');
    if (event === 'timeout') measure(cookieCt || CT_DEFAULT, '', '');
    else if (event === 'error' || event === 'undecided') {
      if (!measured) measure(CT_TCF_NOTHING, '', '');
    } else {
      const gdpr = event.gdprApplies === true ? '1' : event.gdprApplies === false ? '0' : '';
      measure(ctFromTcData(event, { encoding: data.encoding, legalBases: { '730': data.legalBasis } }), gdpr, typeof event.tcString === 'string' ? event.tcString : '');
      if (data.onConsentChange === 'ignore') stop();
    }
  });
}

/**
 * The first decision measures and ends the tag; a later, different one rewrites the cookie, lets a classic tag
 * that waited for consent measure, and (setting `update`) sends the new ct to INFOnline and the server.
 */
function measure(ct: string, gdpr: string, tcString: string): void {
  if (measured && measured.ct === ct) return;
  const update = measured !== undefined;
  const consent = { ct: ct, sv: ctGrants(ct, 785, 9) ? data.sv : 'ke', gdpr: gdpr, tcString: tcString, time: getTimestampMillis() };
  const again = tagCalled;
  const sendUpdate = data.onConsentChange === 'update';
  if (ct !== cookieCt) writeConsentCookie(data.cookieName, ct, maxAge, consent.time);
  cookieCt = ct;
  measured = consent;
  if (update) log('consent changed to ' + ct);
  const tag = data.tagType === 'manager' || (data.tagType === 'classic' && (gdpr === '0' || MEASUREMENT_NEEDS[data.legalBasis].every((p) => ctGrants(ct, 730, p))));
  let pending = 1;
  let failure = '';
  const done = (problem: string) => {
    failure = failure || problem;
    pending--;
    if (pending === 0 && !update) end(!failure, failure || 'measured with ct ' + ct + ', sv ' + consent.sv);
  };
  if (data.sendToServer && (!update || sendUpdate)) {
    pending++;
    // The server client answers 204 by default, which an image request reports as an error: the hit was sent.
    sendHit(consent, update, (ok) => done(ok ? '' : log('no image from ' + data.serverUrl + ' (204 or failed)')));
  }
  if (tag && (!again || sendUpdate)) {
    pending++;
    tagCalled = true;
    loadTag(() => {
      callTag(consent, again);
      done('');
    }, () => done('the INFOnline script could not be loaded'));
  } else if (!tag && data.tagType === 'classic' && !update) {
    log('no ' + data.legalBasis + ' for the pseudonymous measurement: iam.js not loaded');
  }
  done('');
}

/** Measures with the granted purposes per vendor from Consent Mode; a bad table row fails the tag (false). */
function fromConsentMode(): boolean {
  const granted: { [vendor: string]: number[] } = { '730': [], '785': [] };
  for (const row of data.consentModeMap) {
    for (const item of ('' + row.purposes).split(',')) {
      const purpose = makeNumber(item.trim());
      if (!granted[row.vendor] || !(purpose >= 1 && purpose <= 10 && purpose % 1 === 0)) {
        end(false, 'bad Consent Mode row ' + row.consentType + ': "' + row.vendor + '", "' + row.purposes + '"');
        return false;
      }
      if (isConsentGranted(row.consentType)) granted[row.vendor].push(purpose);
    }
  }
  measure(ctFromGrants(granted, { encoding: data.encoding }), '', '');
  return true;
}

function end(ok: boolean, message: string): void {
  if (ended) return;
  ended = true;
  log(message);
  if (ok) data.gtmOnSuccess();
  else data.gtmOnFailure();
}
