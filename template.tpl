___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "INFOnline Measurement (consent-gated)",
  "categories": [
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Community template (not by INFOnline)"
  },
  "description": "Measures page views for INFOnline (IVW/agof) only as far as the visitor consented: reads your TCF CMP and sends INFOnline's ct consent string with its tag and/or to your server container.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "measurementGroup",
    "displayName": "Measurement",
    "groupStyle": "NO_ZIPPY",
    "subParams": [
      {
        "type": "TEXT",
        "name": "st",
        "displayName": "Site ID (st)",
        "simpleValueType": true,
        "help": "Your INFOnline site identifier (offer identifier), e.g. \"mysite\" or \"at_w_atmysite\". Letters, digits, \"_\" and \"-\".",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z0-9_-]+$"
            ]
          }
        ],
        "alwaysInSummary": true
      },
      {
        "type": "TEXT",
        "name": "cp",
        "displayName": "Page code (cp)",
        "simpleValueType": true,
        "help": "The page code (category) of this page as agreed with INFOnline; often a GTM variable.",
        "canBeEmptyString": true,
        "alwaysInSummary": true
      },
      {
        "type": "TEXT",
        "name": "co",
        "displayName": "Comment (co)",
        "simpleValueType": true,
        "help": "A free comment sent with the measurement (optional).",
        "canBeEmptyString": true
      },
      {
        "type": "SELECT",
        "name": "sv",
        "displayName": "Survey invitation (sv)",
        "help": "in: invite to the agof survey; i2: the same, loaded asynchronously; ke: never invite. The tag sends ke anyway unless the visitor granted agof (785) purpose 9.",
        "defaultValue": "in",
        "selectItems": [
          {
            "value": "in",
            "displayValue": "in: survey invitation"
          },
          {
            "value": "i2",
            "displayValue": "i2: survey invitation, asynchronous"
          },
          {
            "value": "ke",
            "displayValue": "ke: no survey invitation"
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "tagType",
        "displayName": "INFOnline tag",
        "help": "Measurement Manager: loads the loader from your data domain and calls IOMm. Classic: loads iam.js and calls iom.c (pseudonymous measurement only). None: only the hit to your server container.",
        "defaultValue": "manager",
        "selectItems": [
          {
            "value": "manager",
            "displayValue": "Measurement Manager (IOMm)"
          },
          {
            "value": "classic",
            "displayValue": "Classic tag (iam.js, iom.c)"
          },
          {
            "value": "none",
            "displayValue": "None"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "dn",
        "displayName": "Data domain (dn)",
        "simpleValueType": true,
        "help": "The data (service) domain INFOnline set up for your site, e.g. data-1a2b3c4d5e.example.de (no https://, no path). Add it to the \"Injects scripts\" permission.",
        "valueHint": "data-1a2b3c4d5e.example.de",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^data-[0-9a-f]{10}(\\.[a-z0-9-]+)+$"
            ]
          }
        ],
        "enablingConditions": [
          {
            "paramName": "tagType",
            "paramValue": "manager",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "sendToServer",
        "checkboxText": "Also send the hit to my server container (INFOnline client)",
        "help": "Sends st, cp, co, ct, sv, the TC string, page URL and referrer to the server-side client, which forwards to each vendor only what the visitor granted it.",
        "defaultValue": false
      },
      {
        "type": "TEXT",
        "name": "serverUrl",
        "displayName": "Server container URL",
        "simpleValueType": true,
        "help": "The claimed path of the server client, e.g. https://sgtm.example.de/iom. Add it to the \"Sends pixels\" permission.",
        "valueHint": "https://sgtm.example.de/iom",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^https://[a-z0-9.-]+(:[0-9]+)?/[^?#\\s]*$"
            ]
          }
        ],
        "enablingConditions": [
          {
            "paramName": "sendToServer",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "identifiers",
        "displayName": "Identifiers from first-party cookies (optional)",
        "help": "Adds each cookie's value to the server hit as the query parameter named in the row (A-Z a-z 0-9 _ - ., not a parameter of the hit). In the server client, an identifier rule with source \"query\" and that key decides per vendor whether it goes on (purposes, custom purpose, valid-from). Add each cookie to the \"Reads cookie value(s)\" permission: a row whose cookie is not listed there is skipped. Empty: no identifiers are sent.",
        "newRowButtonText": "Add identifier",
        "simpleTableColumns": [
          {
            "name": "name",
            "displayName": "Query parameter (the server rule's key)",
            "type": "TEXT",
            "defaultValue": "crm_id"
          },
          {
            "name": "cookie",
            "displayName": "First-party cookie",
            "type": "TEXT",
            "defaultValue": "crm_id"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "sendToServer",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "consentGroup",
    "displayName": "Consent",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "SELECT",
        "name": "consentSource",
        "displayName": "Consent source",
        "help": "TCF CMP: read the visitor's choice from __tcfapi (ct starts with 01). Manual: a ct string from a GTM variable (00 or ff). Consent Mode: Google Consent Mode states mapped to purposes by the table below (ff).",
        "defaultValue": "tcf",
        "selectItems": [
          {
            "value": "tcf",
            "displayValue": "TCF CMP (automatic)"
          },
          {
            "value": "manual",
            "displayValue": "Manual ct string"
          },
          {
            "value": "consentMode",
            "displayValue": "Google Consent Mode"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "tcfTimeout",
        "displayName": "Wait for a CMP at most (ms)",
        "simpleValueType": true,
        "help": "Without __tcfapi on the page the tag waits this long for one, then measures with the consent cookie or 0000000000.",
        "defaultValue": "500",
        "valueValidators": [
          {
            "type": "NON_NEGATIVE_NUMBER"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "consentSource",
            "paramValue": "tcf",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "uiTimeout",
        "displayName": "Wait for the visitor's choice at most (ms)",
        "simpleValueType": true,
        "help": "While the consent banner is shown (cmpuishown) the tag waits this long for the visitor's choice (0 to 60000). Then it measures with 0100000000 (no consent: the classic tag is not loaded under legal basis consent) and ends; it keeps listening, so a later choice updates the cookie and lets a waiting classic tag measure.",
        "defaultValue": "5000",
        "valueValidators": [
          {
            "type": "NON_NEGATIVE_NUMBER"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "consentSource",
            "paramValue": "tcf",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "manualCt",
        "displayName": "ct string",
        "simpleValueType": true,
        "help": "10 hex characters: 00 (no CMP) or ff (another CMP), then 4 for INFOnline (730) and 4 for agof (785), e.g. ff00810000.",
        "valueHint": "ff00810000",
        "enablingConditions": [
          {
            "paramName": "consentSource",
            "paramValue": "manual",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "consentModeMap",
        "displayName": "Consent Mode types and the purposes they grant",
        "help": "When a consent type is granted, the vendor gets these TCF purposes (comma separated, 1-10). Set a default consent state: GTM reports a type that was never set as granted.",
        "newRowButtonText": "Add consent type",
        "simpleTableColumns": [
          {
            "name": "consentType",
            "displayName": "Consent type",
            "type": "TEXT",
            "defaultValue": "analytics_storage"
          },
          {
            "name": "vendor",
            "displayName": "Vendor",
            "type": "SELECT",
            "defaultValue": "730",
            "selectItems": [
              {
                "value": "730",
                "displayValue": "INFOnline (730)"
              },
              {
                "value": "785",
                "displayValue": "agof (785)"
              }
            ]
          },
          {
            "name": "purposes",
            "displayName": "Purposes",
            "type": "TEXT",
            "defaultValue": "1,8"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "consentSource",
            "paramValue": "consentMode",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "legalBasis",
        "displayName": "Legal basis for INFOnline (730)",
        "help": "Consent (INFOnline's declaration today): the pseudonymous measurement needs consent to purposes 1 and 8 and waits for it. Legitimate interest: purpose 8 may rest on it (as INFOnline declared in 2020).",
        "defaultValue": "consent",
        "selectItems": [
          {
            "value": "consent",
            "displayValue": "Consent"
          },
          {
            "value": "legitimateInterest",
            "displayValue": "Legitimate interest (purpose 8)"
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "encoding",
        "displayName": "ct encoding",
        "help": "Minimal: each vendor field holds only the purposes that vendor needs and was granted (the spec's example). Compatible: what INFOnline's iam.js sends, all purposes of the visitor for a vendor with consent.",
        "defaultValue": "minimal",
        "selectItems": [
          {
            "value": "minimal",
            "displayValue": "Minimal"
          },
          {
            "value": "compatible",
            "displayValue": "Compatible with iam.js"
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "onConsentChange",
        "displayName": "When the visitor changes consent after the measurement",
        "defaultValue": "cookie",
        "selectItems": [
          {
            "value": "cookie",
            "displayValue": "Update the consent cookie"
          },
          {
            "value": "update",
            "displayValue": "Update the cookie and send the new ct to INFOnline"
          },
          {
            "value": "ignore",
            "displayValue": "Nothing (stop listening after the measurement)"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "cookieGroup",
    "displayName": "Consent cookie",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "cookieName",
        "displayName": "Cookie name",
        "simpleValueType": true,
        "help": "First-party cookie holding ct&timestamp (iam.js reads iom_consent too). If you change it, change the cookie permissions as well.",
        "defaultValue": "iom_consent",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z0-9_-]+$"
            ]
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "cookieDays",
        "displayName": "Cookie lifetime (days, at most 28)",
        "simpleValueType": true,
        "defaultValue": "28",
        "valueValidators": [
          {
            "type": "NUMBER"
          },
          {
            "type": "REGEX",
            "args": [
              "^([1-9]|1[0-9]|2[0-8])$"
            ]
          }
        ]
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

const callInWindow = require('callInWindow');
const getCookieValues = require('getCookieValues');
const getTimestampMillis = require('getTimestampMillis');
const makeNumber = require('makeNumber');
const logToConsole = require('logToConsole');
const setCookie = require('setCookie');
const encodeUriComponent = require('encodeUriComponent');
const getReferrerUrl = require('getReferrerUrl');
const getUrl = require('getUrl');
const injectScript = require('injectScript');
const queryPermission = require('queryPermission');
const sendPixel = require('sendPixel');
const copyFromWindow = require('copyFromWindow');
const addConsentListener = require('addConsentListener');
const isConsentGranted = require('isConsentGranted');
function log(message) {
  logToConsole('INFOnline measurement: ' + message);
  return '';
}
function success(value) {
  return { ok: true, value: value };
}
function failure(code, message) {
  return { ok: false, error: { code: code, message: message } };
}
const CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz0123456789-.~/:%';
function only(value, from, to) {
  if (typeof value !== 'string' || value === '') return false;
  for (let i = 0; i < value.length; i++) {
    const index = CHARACTERS.indexOf(value[i]);
    if (index < from || index >= to) return false;
  }
  return true;
}
function readConfig() {
  const timeout = makeNumber(data.tcfTimeout);
  const uiTimeout = data.uiTimeout === undefined ? 5000 : makeNumber(data.uiTimeout);
  const days = makeNumber(data.cookieDays);
  const checks = [
    [only(data.st, 0, 64), 'site id', data.st],
    [data.tagType !== 'manager' || only(data.dn, 27, 65) && data.dn.indexOf('data-') === 0, 'data domain', data.dn],
    [!data.sendToServer || only(data.serverUrl, 0, 69) && data.serverUrl.indexOf('https://') === 0, 'server container URL', data.serverUrl],
    [data.tagType !== 'none' || data.sendToServer, 'choice: no tag and no server container', data.tagType],
    [timeout >= 0 && timeout <= 10000, 'CMP wait', data.tcfTimeout],
    [uiTimeout >= 0 && uiTimeout <= 60000, 'banner wait', data.uiTimeout],
    [days >= 1 && days <= 28, 'cookie lifetime', data.cookieDays]
  ];
  for (const check of checks) {
    if (!check[0]) return failure('bad-field', 'bad ' + check[1] + ': "' + check[2] + '"');
  }
  return success({ timeout: timeout, uiTimeout: uiTimeout });
}
const CT_CMP_CODES = { none: '00', tcf: '01', other: 'ff' };
const CT_LAYOUT = { cmpLength: 2, fieldLength: 4, vendors: [730, 785] };
const CT_PURPOSE_WEIGHTS = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 0];
const CT_SPECIAL_FEATURE_WEIGHTS = [0, 1024, 2048];
const CT_FIELD_LIMIT = 4096;
const CT_DEFAULT = '0000000000';
const CT_TCF_NOTHING = '0100000000';
const HEX_DIGITS = '0123456789abcdef';
function hexValue(digit) {
  return HEX_DIGITS.indexOf(digit.toLowerCase());
}
function hasWeight(value, weight) {
  return weight > 0 && value % (weight * 2) >= weight;
}
function toHex(value, digits) {
  let out = '';
  let rest = value;
  for (let i = 0; i < digits; i++) {
    const digit = rest % 16;
    out = HEX_DIGITS[digit] + out;
    rest = (rest - digit) / 16;
  }
  return out;
}
function ctOfFields(cmpCode, field) {
  let ct = cmpCode;
  for (const vendorId of CT_LAYOUT.vendors) ct += toHex(field('' + vendorId), CT_LAYOUT.fieldLength);
  return ct;
}
function weightOf(weights, granted) {
  let field = 0;
  for (let id = 1; id < weights.length; id++) {
    if (granted(id)) field += weights[id];
  }
  return field;
}
const LEGITIMATE_INTEREST_PURPOSES = [2, 7, 8, 9, 10, 11];
const RESTRICTION_NOT_ALLOWED = 0;
const RESTRICTION_REQUIRE_CONSENT = 1;
const RESTRICTION_REQUIRE_LEGITIMATE_INTEREST = 2;
const NO_RESTRICTION = -1;
const FINAL_EVENTS = ['tcloaded', 'useractioncomplete'];
function isFinalEvent(eventStatus) {
  return FINAL_EVENTS.indexOf(eventStatus) !== -1;
}
function legalBasisFor(purpose, needs, choice, restriction) {
  const liAllowed = has(LEGITIMATE_INTEREST_PURPOSES, purpose);
  let declared = has(needs.purposes, purpose) ? 'consent' : has(needs.legIntPurposes, purpose) ? 'legitimateInterest' : undefined;
  if (declared && choice !== 'declared') declared = choice === 'legitimateInterest' && liAllowed ? choice : 'consent';
  const basis = restriction === RESTRICTION_REQUIRE_CONSENT ? 'consent' : restriction === RESTRICTION_REQUIRE_LEGITIMATE_INTEREST ? 'legitimateInterest' : declared;
  const switched = basis !== declared && !(choice === 'declared' && has(needs.flexiblePurposes, purpose));
  return !declared || restriction === RESTRICTION_NOT_ALLOWED || switched || basis === 'legitimateInterest' && !liAllowed ? undefined : basis;
}
function has(ids, id) {
  return ids.indexOf(id) !== -1;
}
function at(value, key) {
  return typeof value === 'object' && value !== null ? value[key] : undefined;
}
function tcDataFlag(map, id) {
  return at(map, '' + id) === true;
}
function tcDataRestriction(tcData, purpose, vendorKey) {
  const type = at(at(at(tcData.publisher, 'restrictions'), '' + purpose), vendorKey);
  return type === 3 ? RESTRICTION_NOT_ALLOWED : type === 0 || type === 1 || type === 2 ? type : NO_RESTRICTION;
}
const VENDOR_NEEDS = {
  '730': { purposes: [1, 8], legIntPurposes: [], flexiblePurposes: [], specialFeatures: [2] },
  '785': { purposes: [1, 7, 9], legIntPurposes: [], flexiblePurposes: [], specialFeatures: [] }
};
function needsPurpose(needs, purpose) {
  return needs.purposes.indexOf(purpose) !== -1 || needs.legIntPurposes.indexOf(purpose) !== -1;
}
function ctFromTcData(tcData, options) {
  const final = tcData.gdprApplies === true && isFinalEvent(tcData.eventStatus);
  const compatible = options.encoding === 'compatible';
  const flag = (section, map, id) => tcDataFlag(at(section, map), id);
  return ctOfFields(CT_CMP_CODES.tcf, key => {
    const needs = (options.needs || VENDOR_NEEDS)[key];
    const consent = flag(tcData.vendor, 'consents', key);
    const li = flag(tcData.vendor, 'legitimateInterests', key);
    const choice = (options.legalBases || ({}))[key] || 'declared';
    return weightOf(CT_PURPOSE_WEIGHTS, id => {
      const byConsent = flag(tcData.purpose, 'consents', id);
      const byLi = li && flag(tcData.purpose, 'legitimateInterests', id);
      const basis = needs && legalBasisFor(id, needs, choice, tcDataRestriction(tcData, id, key));
      return final && (compatible ? (consent || li) && (byConsent || byLi) : basis === 'consent' ? consent && byConsent : basis === 'legitimateInterest' && byLi);
    }) + weightOf(CT_SPECIAL_FEATURE_WEIGHTS, id => final && compatible && (consent || li) && tcDataFlag(tcData.specialFeatureOptins, id));
  });
}
function ctFromGrants(grants, options) {
  return ctOfFields(CT_CMP_CODES.other, key => {
    const needs = VENDOR_NEEDS[key];
    const granted = grants[key] || [];
    return weightOf(CT_PURPOSE_WEIGHTS, id => granted.indexOf(id) !== -1 && (options.encoding === 'compatible' || needs !== undefined && needsPurpose(needs, id)));
  });
}
const ALL_CMPS = ['none', 'tcf', 'other'];
function ctLength(layout) {
  return layout.cmpLength + layout.fieldLength * layout.vendors.length;
}
function validateCt(value, cmps) {
  const ct = typeof value === 'string' ? value.toLowerCase() : '';
  const codes = (cmps || ALL_CMPS).map(cmp => CT_CMP_CODES[cmp]);
  let valid = ct.length === ctLength(CT_LAYOUT) && codes.indexOf(ct.slice(0, CT_LAYOUT.cmpLength)) !== -1;
  for (let i = 0; i < ct.length; i++) valid = valid && hexValue(ct[i]) !== -1;
  for (let v = 0; v < CT_LAYOUT.vendors.length; v++) valid = valid && fieldValue(ct, v) < CT_FIELD_LIMIT;
  if (valid) return success(ct);
  return failure('ct-invalid', 'ct "' + value + '" is not 10 hex digits with CMP ' + codes.join(' or ') + ' and bits 12-15 clear');
}
function ctGrants(ct, vendorId, purpose) {
  const index = CT_LAYOUT.vendors.indexOf(vendorId);
  return validateCt(ct).ok && index !== -1 && hasWeight(fieldValue(ct, index), CT_PURPOSE_WEIGHTS[purpose]);
}
function fieldValue(ct, index) {
  let value = 0;
  for (let i = 0; i < CT_LAYOUT.fieldLength; i++) value = value * 16 + hexValue(ct[CT_LAYOUT.cmpLength + index * CT_LAYOUT.fieldLength + i]);
  return value;
}
function readConsentCookie(name, maxAge2, now) {
  for (const value of getCookieValues(name)) {
    const parts = value.split('&');
    const ct = validateCt(parts[0]);
    const age = now - makeNumber(parts[1]);
    if (parts.length === 2 && ct.ok && age >= 0 && age <= maxAge2 * 1000) return ct.value;
  }
  return '';
}
function writeConsentCookie(name, ct, maxAge2, now) {
  setCookie(name, ct + '&' + now, { domain: 'auto', path: '/', 'max-age': maxAge2, samesite: 'Lax' }, false);
}
function loadTag(onLoad, onFailure) {
  const url = data.tagType === 'manager' ? 'https://' + data.dn + '/iomm/latest/bootstrap/loader.js' : 'https://script.ioam.de/iam.js';
  injectScript(url, onLoad, onFailure, url);
}
function callTag(consent, update) {
  if (data.tagType === 'manager') {
    callInWindow('IOMm', 'configure', { st: data.st, dn: data.dn, ct: consent.ct });
    if (!update) callInWindow('IOMm', 'pageview', { cp: data.cp, co: data.co, sv: consent.sv });
  } else if (update) {
    callInWindow('iom.ct', consent.ct);
  } else {
    callInWindow('iom.c', { st: data.st, cp: data.cp, co: data.co, ct: consent.ct, sv: consent.sv }, 1);
  }
}
function sendHit(consent, update, done) {
  const params = [
    ['st', data.st],
    ['cp', data.cp],
    ['co', data.co],
    ['ct', consent.ct],
    ['sv', consent.sv],
    ['gdpr', consent.gdpr],
    ['gdpr_consent', consent.tcString],
    ['url', getUrl()],
    ['ref', getReferrerUrl()],
    ['cts', '' + consent.time]
  ];
  if (update) params.push(['ev', 'consent']);
  for (const row of data.identifiers || []) {
    const free = only(row.name, 0, 65) && row.name !== 'uid' && !params.some(p => p[0] === row.name);
    const value = free && queryPermission('get_cookies', row.cookie) ? getCookieValues(row.cookie)[0] : '';
    if (value) params.push([row.name, value]);
    else log('identifier ' + row.name + ' skipped: bad name, cookie ' + row.cookie + ' not permitted or absent');
  }
  const query = params.map(p => p[0] + '=' + encodeUriComponent('' + p[1]));
  sendPixel(data.serverUrl + '?' + query.join('&'), () => done(true), () => done(false));
}
const LOOK_EVERY_MS = 100;
function readTcf(timeoutMs, uiTimeoutMs, onEvent) {
  const deadline = getTimestampMillis() + timeoutMs;
  let listenerId = undefined;
  let stopped = false;
  let banner = null;
  const stop = () => {
    if (!stopped && typeof listenerId === 'number') callInWindow('__tcfapi', 'removeEventListener', 2, () => {}, listenerId);
    stopped = true;
  };
  const listener = (tcData, success2) => {
    const valid = typeof tcData === 'object' && tcData !== null;
    if (valid && typeof tcData.listenerId === 'number') listenerId = tcData.listenerId;
    const status = valid ? tcData.eventStatus : undefined;
    if (stopped) return;
    if (status !== 'cmpuishown') banner = null;
    if (success2 !== true || !valid || tcData.cmpStatus === 'error') onEvent('error', stop);
    else if (status === 'tcloaded' || status === 'useractioncomplete') onEvent(tcData, stop);
    else if (status === 'cmpuishown' && !banner) {
      const shown = {};
      banner = shown;
      callInWindow('setTimeout', () => {
        if (banner === shown && !stopped) onEvent('undecided', stop);
      }, uiTimeoutMs);
    }
  };
  const look = () => {
    const left = deadline - getTimestampMillis();
    if (typeof copyFromWindow('__tcfapi') === 'function') callInWindow('__tcfapi', 'addEventListener', 2, listener);
    else if (left <= 0) onEvent('timeout', stop);
    else callInWindow('setTimeout', look, left < LOOK_EVERY_MS ? left : LOOK_EVERY_MS);
  };
  look();
}
const MEASUREMENT_NEEDS = { consent: [1, 8], legitimateInterest: [8] };
var ended = false;
var measured = undefined;
var tagCalled = false;
const config = readConfig();
const maxAge = makeNumber(data.cookieDays) * 86400;
var cookieCt = readConsentCookie(data.cookieName, maxAge, getTimestampMillis());
if (!config.ok) {
  end(false, config.error.message);
} else if (data.consentSource === 'manual') {
  const ct = validateCt(data.manualCt, ['none', 'other']);
  if (ct.ok) measure(ct.value, '', '');
  else end(false, ct.error.message);
} else if (data.consentSource === 'consentMode') {
  const follow = fromConsentMode() && data.onConsentChange !== 'ignore';
  for (const row of follow ? data.consentModeMap : []) addConsentListener(row.consentType, fromConsentMode);
} else {
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
function measure(ct, gdpr, tcString) {
  if (measured && measured.ct === ct) return;
  const update = measured !== undefined;
  const consent = {
    ct: ct,
    sv: ctGrants(ct, 785, 9) ? data.sv : 'ke',
    gdpr: gdpr,
    tcString: tcString,
    time: getTimestampMillis()
  };
  const again = tagCalled;
  const sendUpdate = data.onConsentChange === 'update';
  if (ct !== cookieCt) writeConsentCookie(data.cookieName, ct, maxAge, consent.time);
  cookieCt = ct;
  measured = consent;
  if (update) log('consent changed to ' + ct);
  const tag = data.tagType === 'manager' || data.tagType === 'classic' && (gdpr === '0' || MEASUREMENT_NEEDS[data.legalBasis].every(p => ctGrants(ct, 730, p)));
  let pending = 1;
  let failure2 = '';
  const done = problem => {
    failure2 = failure2 || problem;
    pending--;
    if (pending === 0 && !update) end(!failure2, failure2 || 'measured with ct ' + ct + ', sv ' + consent.sv);
  };
  if (data.sendToServer && (!update || sendUpdate)) {
    pending++;
    sendHit(consent, update, ok => done(ok ? '' : log('no image from ' + data.serverUrl + ' (204 or failed)')));
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
function fromConsentMode() {
  const granted = { '730': [], '785': [] };
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
function end(ok, message) {
  if (ended) return;
  ended = true;
  log(message);
  if (ok) data.gtmOnSuccess();
  else data.gtmOnFailure();
}


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "__tcfapi"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "IOMm"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "iom.c"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "iom.ct"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "setTimeout"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://script.ioam.de/iam.js"
              },
              {
                "type": 1,
                "string": "https://*.de/iomm/latest/bootstrap/loader.js"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "send_pixel",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedUrls",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://*.de/iom"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "iom_consent"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "set_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedCookies",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "iom_consent"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "/"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_url",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urlParts",
          "value": {
            "type": 1,
            "string": "any"
          }
        },
        {
          "key": "queriesAllowed",
          "value": {
            "type": 1,
            "string": "any"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_referrer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urlParts",
          "value": {
            "type": 1,
            "string": "any"
          }
        },
        {
          "key": "queriesAllowed",
          "value": {
            "type": 1,
            "string": "any"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Bad fields - a cookie lifetime over 4 weeks fails
  code: |-
    runCode(objectSpread({}, mockData, { cookieDays: '30' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad cookie lifetime: "30"');
    assertApi('gtmOnFailure').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Bad fields - a data domain that is not data-….host fails
  code: |-
    runCode(objectSpread({}, mockData, { dn: 'https://evil.example/x' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad data domain: "https://evil.example/x"');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('injectScript').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Bad fields - no tag and no server container fails
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'none' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad choice: no tag and no server container: "none"');
    assertApi('gtmOnFailure').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Bad fields - a server URL that is not https fails
  code: |-
    runCode(objectSpread({}, mockData, { sendToServer: true, serverUrl: 'http://sgtm.example.de/iom' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad server container URL: "http://sgtm.example.de/iom"');
    assertApi('gtmOnFailure').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Bad fields - a site id with other characters fails before anything is sent
  code: |-
    runCode(objectSpread({}, mockData, { st: 'de mo' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad site id: "de mo"');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('callInWindow').wasNotCalled();
    assertApi('setCookie').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Bad fields - a CMP wait that is not a number fails
  code: |-
    runCode(objectSpread({}, mockData, { tcfTimeout: 'soon' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad CMP wait: "soon"');
    assertApi('gtmOnFailure').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Classic tag - with consent loads iam.js and calls iom.c
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic' }));
    assertThat(page.scripts).isEqualTo([]);
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
    assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Legal basis consent - the classic tag measures once consent comes later
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic' }));
    tcfEvent(tcData('tcloaded', [], []), true);
    assertThat(page.scripts).isEqualTo([]);
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    tcfEvent(tcData('useractioncomplete', [1, 8], [730]), true);
    assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
    assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
    assertApi('callInWindow').wasNotCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810000', sv: 'ke' }, 1);
    assertApi('callInWindow').wasNotCalledWith('iom.ct', '0100810000');
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Legal basis consent - without consent the classic tag is not loaded
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic' }));
    tcfEvent(tcData('tcloaded', [8], [730]), true);
    assertThat(page.scripts).isEqualTo([]);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no consent for the pseudonymous measurement: iam.js not loaded');
    assertApi('setCookie').wasCalledWith('iom_consent', '0100800000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent change - with updates on, the classic tag gets iom.ct, not a second iom.c
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic', onConsentChange: 'update' }));
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    tcfEvent(tcData('useractioncomplete', [1, 8], [730]), true);
    assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
    assertApi('callInWindow').wasCalledWith('iom.ct', '0100810000');
    assertApi('callInWindow').wasNotCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810000', sv: 'ke' }, 1);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: No CMP yet - looks again every 100 ms and listens once it appears
  code: |-
    var looks = 0;
    mock('copyFromWindow', key => {
      looks++;
      return key === '__tcfapi' && looks >= 3 ? () => {} : undefined;
    });
    runCode(mockData);
    assertThat(looks).isEqualTo(1);
    assertThat(timers.length).isEqualTo(1);
    wait(99);
    assertThat(looks).isEqualTo(1);
    wait(101);
    assertThat(looks).isEqualTo(3);
    assertThat(timers).isEqualTo([]);
    assertApi('gtmOnSuccess').wasNotCalled();
    assertThat(typeof cmp.listener).isEqualTo('function');
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertApi('gtmOnSuccess').wasCalled();
- name: 'CMP in another frame - only __tcfapiLocator here: treated as no CMP, waits, then the consent cookie'
  code: |-
    mock('copyFromWindow', key => key === '__tcfapiLocator' ? {} : undefined);
    mock('getCookieValues', ['0100810000&1767200000000']);
    runCode(mockData);
    wait(500);
    assertApi('copyFromWindow').wasNotCalledWith('__tcfapiLocator');
    assertApi('callInWindow').wasNotCalledWith('__tcfapi', 'addEventListener', 2);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no CMP within 500 ms');
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
    assertApi('gtmOnSuccess').wasCalled();
- name: Consent change - with updates on, INFOnline and the server get the new ct
  code: |-
    runCode(objectSpread({}, mockData, { onConsentChange: 'update', sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' }));
    tcfEvent(tcData('tcloaded', [], []), true);
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertThat(page.pixels).isEqualTo(['https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100000000&sv=ke&gdpr=1&gdpr_consent=TC-tcloaded&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000', 'https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100810141&sv=in&gdpr=1&gdpr_consent=TC-useractioncomplete&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000&ev=consent']);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent change - rewrites the cookie, no second page view
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', [], []), true);
    clock.now = clock.now + 60000;
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    assertApi('setCookie').wasCalledWith('iom_consent', '0100000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('setCookie').wasCalledWith('iom_consent', '0100810141&1767225660000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: consent changed to 0100810141');
    assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
- name: Consent Mode - a row with a purpose outside 1-10 fails the tag
  code: |-
    runCode(objectSpread({}, mockData, {
      consentSource: 'consentMode',
      consentModeMap: [{ consentType: 'analytics_storage', vendor: '730', purposes: '1,11' }]
    }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad Consent Mode row analytics_storage: "730", "1,11"');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('callInWindow').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: 'Consent Mode - a later change is followed: cookie rewritten, the new ct sent (update)'
  code: |-
    const granted = { analytics_storage: false };
    const listeners = [];
    mock('isConsentGranted', type => granted[type] === true);
    mock('addConsentListener', (type, listener) => {
      listeners.push({ type: type, listener: listener });
    });
    runCode(objectSpread({}, mockData, {
      consentSource: 'consentMode',
      onConsentChange: 'update',
      consentModeMap: [{ consentType: 'analytics_storage', vendor: '730', purposes: '1,8' }]
    }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00000000' });
    assertApi('gtmOnSuccess').wasCalled();
    assertThat(listeners.map(l => l.type)).isEqualTo(['analytics_storage']);
    granted.analytics_storage = true;
    listeners[0].listener('analytics_storage', true);
    assertApi('setCookie').wasCalledWith('iom_consent', 'ff00810000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810000' });
    assertApi('callInWindow').wasNotCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' }, 1);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent Mode - compatible encoding keeps every mapped purpose
  code: |-
    mock('isConsentGranted', true);
    runCode(objectSpread({}, mockData, {
      consentSource: 'consentMode',
      encoding: 'compatible',
      consentModeMap: [{ consentType: 'analytics_storage', vendor: '785', purposes: '1,2,9' }]
    }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00000103' });
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent Mode - with "Nothing" on consent change no listener is added
  code: |-
    mock('isConsentGranted', () => true);
    runCode(objectSpread({}, mockData, {
      consentSource: 'consentMode',
      onConsentChange: 'ignore',
      consentModeMap: [{ consentType: 'analytics_storage', vendor: '730', purposes: '1,8' }]
    }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810000' });
    assertApi('addConsentListener').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent Mode - granted types map to purposes per vendor (ff)
  code: |-
    mock('isConsentGranted', type => type === 'analytics_storage');
    runCode(objectSpread({}, mockData, {
      consentSource: 'consentMode',
      consentModeMap: [
        { consentType: 'analytics_storage', vendor: '730', purposes: '1, 8, 9' },
        { consentType: 'ad_storage', vendor: '785', purposes: '1,7,9' }
      ]
    }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810000' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent cookie - name and lifetime come from the fields
  code: |-
    cmp.present = false;
    runCode(objectSpread({}, mockData, { tcfTimeout: '0', cookieDays: '7' }));
    assertApi('setCookie').wasCalledWith('iom_consent', '0000000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 604800, samesite: 'Lax' }, false);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent cookie - a malformed value is not a starting value
  code: |-
    cmp.present = false;
    mock('getCookieValues', ['01008100&1767200000000', 'zz00810000&1767200000000', '0100810000']);
    runCode(objectSpread({}, mockData, { tcfTimeout: '0' }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0000000000' });
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Consent cookie - the same decision does not rewrite it
  code: |-
    mock('getCookieValues', ['0100810141&1767000000000']);
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertApi('setCookie').wasNotCalled();
- name: Consent cookie - older than its lifetime it is ignored and rewritten
  code: |-
    cmp.present = false;
    mock('getCookieValues', ['0100810000&1764000000000']);
    runCode(objectSpread({}, mockData, { tcfTimeout: '0' }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0000000000' });
    assertApi('setCookie').wasCalledWith('iom_consent', '0000000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Encoding - compatible sends every purpose and special feature like iam.js
  code: |-
    runCode(objectSpread({}, mockData, { encoding: 'compatible' }));
    tcfEvent(tcData('tcloaded', ALL, [730], { specialFeatureOptins: { '1': true, '2': false } }), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0107ff0000' });
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Encoding - minimal keeps only the purposes each vendor needs
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730], { specialFeatureOptins: { '1': true, '2': true } }), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
- name: Legal basis legitimate interest - purpose 8 on LI measures without consent
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic', legalBasis: 'legitimateInterest' }));
    tcfEvent(tcData('tcloaded', [], [], {
      purpose: { consents: {}, legitimateInterests: { '8': true } },
      vendor: { consents: {}, legitimateInterests: { '730': true } }
    }), true);
    assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100800000', sv: 'ke' }, 1);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Legal basis legitimate interest - an objection to 730 stops the classic tag
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic', legalBasis: 'legitimateInterest' }));
    tcfEvent(tcData('tcloaded', [1, 8], [], { vendor: { consents: {}, legitimateInterests: { '730': false } } }), true);
    assertThat(page.scripts).isEqualTo([]);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no legitimateInterest for the pseudonymous measurement: iam.js not loaded');
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: TCF - the listener stays while consent changes update the cookie
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertThat(cmp.removed).isEqualTo([]);
- name: TCF - the listener is removed by the id the CMP gave it
  code: |-
    cmp.listenerId = 7;
    runCode(objectSpread({}, mockData, { onConsentChange: 'ignore' }));
    tcfEvent(tcData('tcloaded', [], []), true);
    assertThat(cmp.removed).isEqualTo([7]);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: TCF - listening stops after the measurement when changes are ignored (listenerId 0)
  code: |-
    runCode(objectSpread({}, mockData, { onConsentChange: 'ignore' }));
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertThat(cmp.removed).isEqualTo([0]);
    tcfEvent(tcData('useractioncomplete', [], []), true);
    assertApi('setCookie').wasNotCalledWith('iom_consent', '0100000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Manual ct - the spec's 11-character example is refused
  code: |-
    runCode(objectSpread({}, mockData, { consentSource: 'manual', manualCt: '01008000141' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: ct "01008000141" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear');
    assertApi('gtmOnFailure').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Manual ct - the 01 prefix belongs to a TCF CMP and is refused
  code: |-
    runCode(objectSpread({}, mockData, { consentSource: 'manual', manualCt: '0100810141' }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: ct "0100810141" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('callInWindow').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Manual ct - a valid ff string is sent as it is (lower case)
  code: |-
    runCode(objectSpread({}, mockData, { consentSource: 'manual', manualCt: 'FF00810141' }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810141' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'in' });
    assertApi('callInWindow').wasNotCalledWith('__tcfapi', 'addEventListener', 2);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: 'No CMP - looks every 100 ms and once at the deadline (CMP wait 150 ms: at 0, 100 and 150 ms), then measures'
  code: |-
    const start = clock.now;
    const looks = [];
    mock('copyFromWindow', () => {
      looks.push(clock.now - start);
      return undefined;
    });
    runCode(objectSpread({}, mockData, { tcfTimeout: '150' }));
    wait(149);
    assertThat(looks).isEqualTo([0, 100]);
    assertApi('gtmOnSuccess').wasNotCalled();
    wait(1);
    assertThat(looks).isEqualTo([0, 100, 150]);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no CMP within 150 ms');
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: No CMP - a fresh consent cookie is the consent, and is not rewritten
  code: |-
    cmp.present = false;
    mock('getCookieValues', ['0100810000&1767200000000']);
    runCode(objectSpread({}, mockData, { tcfTimeout: '0' }));
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
    assertApi('setCookie').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: No CMP - waits the configured time, then measures with 0000000000
  code: |-
    cmp.present = false;
    runCode(mockData);
    wait(499);
    assertApi('gtmOnSuccess').wasNotCalled();
    wait(1);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no CMP within 500 ms');
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0000000000' });
    assertApi('callInWindow').wasNotCalledWith('__tcfapi', 'addEventListener', 2);
    assertApi('gtmOnSuccess').wasCalled();
- name: Tag script - a loader that does not load ends the tag with gtmOnFailure
  code: |-
    page.scriptsFail = true;
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: the INFOnline script could not be loaded');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: Server hit - an answer without an image (the client's 204) is logged, the tag still succeeds
  code: |-
    page.pixelsFail = true;
    runCode(objectSpread({}, mockData, { sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' }));
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no image from https://sgtm.example.de/iom (204 or failed)');
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Server hit - identifiers from permitted first-party cookies travel as their query parameters; others are skipped
  code: |-
    const jar = { iom_consent: [], crm_id: ['c-42'], _ga: ['GA1.1.5.6'] };
    mock('getCookieValues', name => jar[name] || []);
    mock('queryPermission', (permission, cookie) => permission === 'get_cookies' && (cookie === 'crm_id' || cookie === 'absent'));
    runCode(objectSpread({}, mockData, {
      tagType: 'none',
      sendToServer: true,
      serverUrl: 'https://sgtm.example.de/iom',
      identifiers: [
        { name: 'crm_id', cookie: 'crm_id' },
        { name: 'ga_id', cookie: '_ga' },
        { name: 'st', cookie: 'crm_id' },
        { name: 'uid', cookie: 'crm_id' },
        { name: 'crm id', cookie: 'crm_id' },
        { name: 'other', cookie: 'absent' }
      ]
    }));
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertThat(page.pixels).isEqualTo(['https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100810141&sv=in&gdpr=1&gdpr_consent=TC-tcloaded&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000&crm_id=c-42']);
    assertApi('getCookieValues').wasNotCalledWith('_ga');
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier ga_id skipped: bad name, cookie _ga not permitted or absent');
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier st skipped: bad name, cookie crm_id not permitted or absent');
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier uid skipped: bad name, cookie crm_id not permitted or absent');
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier crm id skipped: bad name, cookie crm_id not permitted or absent');
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier other skipped: bad name, cookie absent not permitted or absent');
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Server hit - carries st, cp, co, ct, sv, the TC string, page and consent time
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'none', sendToServer: true, serverUrl: 'https://sgtm.example.de/iom', co: 'a&b c' }));
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertThat(page.scripts).isEqualTo([]);
    assertThat(page.pixels).isEqualTo(['https://sgtm.example.de/iom?st=demo&cp=home&co=a%26b%20c&ct=0100810141&sv=in&gdpr=1&gdpr_consent=TC-tcloaded&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000']);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Survey - agof with purpose 9 keeps the configured mode i2
  code: |-
    runCode(objectSpread({}, mockData, { sv: 'i2' }));
    tcfEvent(tcData('tcloaded', [1, 9], [785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000101' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'i2' });
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Survey - agof consent without purpose 9 forces sv ke
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', [1, 7, 8], [730, 785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810041' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
- name: 'TCF - a banner left open: after the banner wait 01 and zeros, the tag ends, a later choice still measures'
  code: |-
    mock('callInWindow', (path, command, version, callback, parameter) => {
      inWindow(path, command, version, callback, parameter);
      if (path === '__tcfapi' && command === 'addEventListener') tcfEvent(tcData('cmpuishown', [], []), true);
      return undefined;
    });
    runCode(objectSpread({}, mockData, { tagType: 'classic', uiTimeout: '1000' }));
    wait(999);
    assertApi('gtmOnSuccess').wasNotCalled();
    wait(1);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: banner open, no choice within 1000 ms; still listening');
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('setCookie').wasCalledWith('iom_consent', '0100000000&' + clock.now, { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertThat(page.scripts).isEqualTo([]);
    assertThat(cmp.removed).isEqualTo([]);
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
    assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
    assertApi('gtmOnFailure').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: TCF - a banner reopened after a choice gets its own banner wait; the first one's timer ends nothing
  code: |-
    runCode(objectSpread({}, mockData, { uiTimeout: '1000' }));
    tcfEvent(tcData('cmpuishown', [], []), true);
    wait(500);
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertApi('gtmOnSuccess').wasCalled();
    tcfEvent(tcData('cmpuishown', [], []), true);
    assertThat(timers.length).isEqualTo(2);
    wait(999);
    assertThat(timers.length).isEqualTo(1);
    assertApi('logToConsole').wasNotCalledWith('INFOnline measurement: banner open, no choice within 1000 ms; still listening');
    assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: 'TCF - cmpStatus error is not a consent: 01 and zeros'
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730, 785], { cmpStatus: 'error' }), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
    assertApi('gtmOnSuccess').wasCalled();
- name: TCF - cmpuishown alone measures nothing and keeps the tag waiting for the banner wait, not restarted by a repeat
  code: |-
    runCode(mockData);
    tcfEvent(tcData('cmpuishown', ALL, [730, 785]), true);
    wait(4000);
    tcfEvent(tcData('cmpuishown', ALL, [730, 785]), true);
    wait(999);
    assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
    assertApi('setCookie').wasNotCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
    assertApi('gtmOnFailure').wasNotCalled();
    wait(1);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
    assertApi('gtmOnSuccess').wasCalled();
- name: 'TCF - gdprApplies false: 01 and zeros, and the classic tag may measure'
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic' }));
    tcfEvent({ gdprApplies: false, eventStatus: 'tcloaded', cmpStatus: 'loaded', listenerId: 0 }, true);
    assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
    assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100000000', sv: 'ke' }, 1);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: 'TCF - gdprApplies unknown is not "GDPR does not apply": no classic tag'
  code: |-
    runCode(objectSpread({}, mockData, { tagType: 'classic', sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' }));
    tcfEvent({ eventStatus: 'tcloaded', cmpStatus: 'loaded', listenerId: 0, tcString: 'TC' }, true);
    assertThat(page.scripts).isEqualTo([]);
    assertThat(page.pixels).isEqualTo(['https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100000000&sv=ke&gdpr=&gdpr_consent=TC&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000']);
    assertApi('gtmOnSuccess').wasCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: 'TCF - INFOnline only: 730 gets purposes 1 and 8, agof nothing, no survey'
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
- name: TCF - a publisher restriction (not allowed) removes purpose 8 for INFOnline
  code: |-
    runCode(mockData);
    tcfEvent(tcData('tcloaded', ALL, [730, 785], { publisher: { restrictions: { '8': { '730': 0 } } } }), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100010141' });
- name: TCF - reject all sends 01 and zeros with the survey off
  code: |-
    runCode(mockData);
    tcfEvent(tcData('useractioncomplete', [], []), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
    assertApi('setCookie').wasCalledWith('iom_consent', '0100000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('gtmOnSuccess').wasCalled();
- name: TCF - a repeated final event with the same choice does not measure again
  code: |-
    runCode(objectSpread({}, mockData, { sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' }));
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    assertThat(page.pixels.length).isEqualTo(1);
    assertApi('setCookie').wasCalledWith('iom_consent', '0100810141&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('logToConsole').wasNotCalledWith('INFOnline measurement: consent changed to 0100810141');
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: TCF - the stub's first call (no eventStatus) only gives the listener id
  code: |-
    runCode(mockData);
    tcfEvent({ cmpStatus: 'stub', listenerId: 3 }, true);
    assertApi('setCookie').wasNotCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
    assertThat(cmp.removed).isEqualTo([]);
- name: 'TCF - success false: measured once with 01 and zeros'
  code: |-
    runCode(mockData);
    tcfEvent(null, false);
    tcfEvent(null, false);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: measured with ct 0100000000, sv ke');
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: TCF - tcloaded with all consent measures once through the Measurement Manager
  code: |-
    runCode(mockData);
    assertApi('gtmOnSuccess').wasNotCalled();
    tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
    assertThat(page.scripts).isEqualTo(['https://data-0123456789.example.de/iomm/latest/bootstrap/loader.js']);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'in' });
    assertApi('setCookie').wasCalledWith('iom_consent', '0100810141&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: TCF - cmpuishown waits, useractioncomplete measures
  code: |-
    runCode(mockData);
    tcfEvent(tcData('cmpuishown', [], []), true);
    assertApi('gtmOnSuccess').wasNotCalled();
    assertApi('setCookie').wasNotCalled();
    tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
    assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
    assertApi('gtmOnSuccess').wasCalled();
setup: |-
  const mockData = {
    st: 'demo',
    cp: 'home',
    co: 'news',
    sv: 'in',
    tagType: 'manager',
    dn: 'data-0123456789.example.de',
    sendToServer: false,
    serverUrl: '',
    identifiers: [],
    consentSource: 'tcf',
    tcfTimeout: '500',
    uiTimeout: '5000',
    manualCt: '',
    consentModeMap: [],
    legalBasis: 'consent',
    encoding: 'minimal',
    onConsentChange: 'cookie',
    cookieName: 'iom_consent',
    cookieDays: '28'
  };
  const clock = { now: 1767225600000 };
  mock('getTimestampMillis', () => clock.now);
  const cmp = { present: true, listenerId: 0, listener: undefined, removed: [] };
  const page = { scripts: [], pixels: [], scriptsFail: false, pixelsFail: false };
  mock('copyFromWindow', key => key === '__tcfapi' && cmp.present ? () => {} : undefined);
  const timers = [];
  function inWindow(path, command, version, callback, parameter) {
    if (path === 'setTimeout') timers.push({ at: clock.now + version, fn: command });
    if (path === '__tcfapi' && command === 'addEventListener') cmp.listener = callback;
    if (path === '__tcfapi' && command === 'removeEventListener') cmp.removed.push(parameter);
    return undefined;
  }
  mock('callInWindow', inWindow);
  function wait(ms) {
    const end = clock.now + ms;
    let next = 0;
    while (next !== -1) {
      next = -1;
      for (let i = 0; i < timers.length; i++) {
        if (timers[i].at <= end && (next === -1 || timers[i].at < timers[next].at)) next = i;
      }
      if (next !== -1) {
        const timer = timers.splice(next, 1)[0];
        clock.now = timer.at;
        timer.fn();
      }
    }
    clock.now = end;
  }
  mock('injectScript', (url, onSuccess, onFailure, cacheToken) => {
    if (cacheToken === undefined || page.scripts.indexOf(url) === -1) page.scripts.push(url);
    if (page.scriptsFail) onFailure();
    else onSuccess();
  });
  mock('sendPixel', (url, onSuccess, onFailure) => {
    page.pixels.push(url);
    const callback = page.pixelsFail ? onFailure : onSuccess;
    if (callback !== undefined) callback();
  });
  function tcData(eventStatus, purposes, vendors, extra) {
    const purposeConsents = {};
    const vendorConsents = {};
    for (const p of purposes) purposeConsents['' + p] = true;
    for (const v of vendors) vendorConsents['' + v] = true;
    const result = {
      tcString: 'TC-' + eventStatus,
      gdprApplies: true,
      eventStatus: eventStatus,
      cmpStatus: 'loaded',
      listenerId: cmp.listenerId,
      purpose: { consents: purposeConsents, legitimateInterests: {} },
      vendor: { consents: vendorConsents, legitimateInterests: {} },
      specialFeatureOptins: {},
      publisher: { restrictions: {} }
    };
    if (extra !== undefined) for (const key in extra) result[key] = extra[key];
    return result;
  }
  function tcfEvent(data, success) {
    if (typeof cmp.listener !== 'function') fail('the template registered no TCF listener');
    cmp.listener(data, success);
  }
  const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];


___NOTES___

INFOnline measurement (consent-gated), web tag.

Reads the visitor's consent (TCF CMP through __tcfapi, a manual ct string, or Google Consent Mode), builds
INFOnline's ct consent string, keeps it in the first-party cookie iom_consent (ct&timestamp, at most 28 days) and
measures exactly once per firing: the Measurement Manager (IOMm), the classic tag (iam.js, iom.c, only with
consent for vendor 730 unless legitimate interest is chosen) and/or a hit to the server container's INFOnline
client. The survey (sv) is forced to ke unless agof (785) has purpose 9.

Without a CMP on the page the tag looks for one every 100 ms up to the CMP wait (default 500 ms), on the page's
own timer (setTimeout): the page stays idle while it waits. A banner left open ends the tag after the banner wait
(default 5 s) with ct 0100000000; the tag keeps listening and a later choice still measures. Later changes (TCF or
Consent Mode) rewrite the cookie and, if set, update INFOnline. A CMP in another frame (__tcfapiLocator only)
cannot be reached from the sandbox (no postMessage): the tag treats the page as one without a CMP. Optional identifier rows add first-party cookies to the server hit as
query parameters for the server client's identifier rules; only cookies listed in the cookie permission are read.

Narrow two permissions after import: the Measurement Manager's loader URL (your data domain) and the server
container URL; add the cookies of your identifier rows to the cookie read permission; see docs/web-template.md.

Built from TypeScript (template/) by npm run build; never edit this file by hand.


