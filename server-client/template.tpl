___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "CLIENT",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "INFOnline Measurement Client (consent-gated)",
  "categories": [
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "Community template (not by INFOnline)"
  },
  "description": "Receives the INFOnline hits of the consent-gated web tag in your server container and forwards to each vendor only the data the visitor's consent allows it.",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "path",
    "displayName": "Request path",
    "simpleValueType": true,
    "help": "The client claims GET, POST and OPTIONS requests to exactly this path; other requests are left to other clients.",
    "defaultValue": "/iom",
    "valueValidators": [
      {
        "type": "REGEX",
        "args": [
          "^/.*"
        ],
        "errorMessage": "The path starts with \"/\"."
      }
    ],
    "alwaysInSummary": true
  },
  {
    "type": "SELECT",
    "name": "responseType",
    "displayName": "Response to an accepted hit",
    "macrosInSelect": false,
    "selectItems": [
      {
        "value": "noContent",
        "displayValue": "204 No Content"
      },
      {
        "value": "pixel",
        "displayValue": "1x1 GIF pixel (200)"
      }
    ],
    "simpleValueType": true,
    "defaultValue": "noContent"
  },
  {
    "type": "TEXT",
    "name": "allowedOrigins",
    "displayName": "Allowed origins (CORS)",
    "simpleValueType": true,
    "help": "Comma-separated origins (e.g. https://www.example.com) that may send hits from the browser with fetch. Others get no CORS headers.",
    "canBeEmptyString": true
  },
  {
    "type": "CHECKBOX",
    "name": "useDefaultRoutes",
    "checkboxText": "Route to INFOnline (GVL 730) and agof (GVL 785)",
    "simpleValueType": true,
    "defaultValue": true,
    "help": "Built-in routes with the purposes each vendor declares in the Global Vendor List; a route without an endpoint is off."
  },
  {
    "type": "TEXT",
    "name": "infonlineEndpoint",
    "displayName": "INFOnline endpoint",
    "simpleValueType": true,
    "help": "Where INFOnline hits go (placeholders like {st} take URL-encoded hit values). Receives st, cp, co, sv, ct, url, ref when purposes 1 and 8 are granted to vendor 730. Add the host to the send_http permission.",
    "defaultValue": "https://de.ioam.de/tx.io",
    "canBeEmptyString": true,
    "enablingConditions": [
      {
        "paramName": "useDefaultRoutes",
        "paramValue": true,
        "type": "EQUALS"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "agofEndpoint",
    "displayName": "agof endpoint",
    "simpleValueType": true,
    "help": "Where agof hits go; empty turns the agof route off (no public server endpoint is documented). Receives st, cp, sv, ct when purposes 1, 7 and 9 are granted to vendor 785.",
    "canBeEmptyString": true,
    "enablingConditions": [
      {
        "paramName": "useDefaultRoutes",
        "paramValue": true,
        "type": "EQUALS"
      }
    ]
  },
  {
    "type": "PARAM_TABLE",
    "name": "routes",
    "displayName": "More vendors (routing table)",
    "help": "One row per vendor. A vendor receives a hit only when the visitor granted it every purpose listed, and only the fields listed.",
    "newRowButtonText": "Add vendor",
    "paramTableColumns": [
      {
        "param": {
          "type": "TEXT",
          "name": "label",
          "displayName": "Label",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        },
        "isUnique": true
      },
      {
        "param": {
          "type": "TEXT",
          "name": "vendorId",
          "displayName": "GVL vendor id",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "POSITIVE_NUMBER"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "purposes",
          "displayName": "Purposes needed (e.g. 1,8)",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "SELECT",
          "name": "legalBasis",
          "displayName": "Legal basis",
          "simpleValueType": true,
          "defaultValue": "consent",
          "macrosInSelect": false,
          "selectItems": [
            {
              "value": "consent",
              "displayValue": "Consent"
            },
            {
              "value": "legitimateInterest",
              "displayValue": "Legitimate interest"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "endpoint",
          "displayName": "Endpoint URL (placeholders like {st})",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "SELECT",
          "name": "method",
          "displayName": "Method",
          "simpleValueType": true,
          "defaultValue": "GET",
          "macrosInSelect": false,
          "selectItems": [
            {
              "value": "GET",
              "displayValue": "GET (fields as query parameters)"
            },
            {
              "value": "POST",
              "displayValue": "POST (fields as a JSON body)"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "fields",
          "displayName": "Forwarded fields (e.g. st,cp,uid)",
          "simpleValueType": true
        }
      }
    ]
  },
  {
    "type": "PARAM_TABLE",
    "name": "identifiers",
    "displayName": "Identifier rules (linking)",
    "help": "One row per identifier (e.g. an analytics client id or a CRM contact id). It is added to a forward only for the vendors listed, only when the visitor granted that vendor every purpose listed (and the custom purpose, from the TC string's publisher segment), and only when the visitor decided on or after the valid-from date (the day this use was first disclosed). Cookie names and query parameters must also be allowed in the permissions. See docs/privacy.md.",
    "newRowButtonText": "Add identifier",
    "paramTableColumns": [
      {
        "param": {
          "type": "TEXT",
          "name": "name",
          "displayName": "Identifier name (forwarded as)",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        },
        "isUnique": true
      },
      {
        "param": {
          "type": "SELECT",
          "name": "source",
          "displayName": "Source",
          "simpleValueType": true,
          "defaultValue": "cookie",
          "macrosInSelect": false,
          "selectItems": [
            {
              "value": "cookie",
              "displayValue": "Request cookie"
            },
            {
              "value": "query",
              "displayValue": "Query parameter"
            },
            {
              "value": "body",
              "displayValue": "Body field of the hit (POST)"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "key",
          "displayName": "Cookie, parameter or field name",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "vendors",
          "displayName": "GVL vendor ids it may go to (e.g. 4242,4243)",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "purposes",
          "displayName": "TCF purposes needed (e.g. 1,9)",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "customPurpose",
          "displayName": "Publisher custom purpose id (optional)",
          "simpleValueType": true
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "validFrom",
          "displayName": "Valid from (YYYY-MM-DD, first disclosed)",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "REGEX",
              "args": [
                "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
              ],
              "errorMessage": "A date YYYY-MM-DD."
            }
          ]
        }
      }
    ]
  },
  {
    "type": "PARAM_TABLE",
    "name": "linkEvents",
    "displayName": "Link events (optional)",
    "help": "One row per pair of identifiers (names from the identifier rules) and vendor. When, for a hit, both identifiers were attached for that vendor, the client POSTs one link event {\"event\":\"link\", <first>: …, <second>: …} to the endpoint; never otherwise. Add the host to the send_http permission.",
    "newRowButtonText": "Add link event",
    "paramTableColumns": [
      {
        "param": {
          "type": "TEXT",
          "name": "label",
          "displayName": "Label",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        },
        "isUnique": true
      },
      {
        "param": {
          "type": "TEXT",
          "name": "first",
          "displayName": "First identifier",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "second",
          "displayName": "Second identifier",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "vendorId",
          "displayName": "GVL vendor id",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "POSITIVE_NUMBER"
            }
          ]
        }
      },
      {
        "param": {
          "type": "TEXT",
          "name": "endpoint",
          "displayName": "Endpoint URL (no placeholders)",
          "simpleValueType": true,
          "valueValidators": [
            {
              "type": "NON_EMPTY"
            }
          ]
        }
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "timeout",
    "displayName": "Timeout per vendor (ms)",
    "simpleValueType": true,
    "defaultValue": "2000",
    "valueValidators": [
      {
        "type": "POSITIVE_NUMBER"
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

const JSON = require('JSON');
const encodeUriComponent = require('encodeUriComponent');
const sendHttpRequest = require('sendHttpRequest');
const getType = require('getType');
const parseUrl = require('parseUrl');
const makeInteger = require('makeInteger');
const returnResponse = require('returnResponse');
const setPixelResponse = require('setPixelResponse');
const setResponseBody = require('setResponseBody');
const setResponseHeader = require('setResponseHeader');
const setResponseStatus = require('setResponseStatus');
const claimRequest = require('claimRequest');
const getContainerVersion = require('getContainerVersion');
const getCookieValues = require('getCookieValues');
const getRequestBody = require('getRequestBody');
const getRequestHeader = require('getRequestHeader');
const getRequestMethod = require('getRequestMethod');
const getRequestPath = require('getRequestPath');
const getRequestQueryParameter = require('getRequestQueryParameter');
const getTimestampMillis = require('getTimestampMillis');
const logToConsole = require('logToConsole');
const runContainer = require('runContainer');
const templateDataStorage = require('templateDataStorage');
function buildForward(route, hit, identifiers) {
  const pieces = route.pieces;
  let url = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) url = url + encodedValue(hit, pieces[i]) + pieces[i + 1];
  if (route.method === 'POST') {
    const body = {};
    for (const name of route.sent) {
      const value = hit.values[name];
      if (value !== undefined) body[name] = value;
    }
    for (const name in identifiers) body[name] = identifiers[name];
    return {
      url: url,
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' }
    };
  }
  let query = '';
  for (const name of route.sent) {
    if (hit.values[name] === undefined) continue;
    query = query + (query === '' ? '' : '&') + name + '=' + encodedValue(hit, name);
  }
  for (const name in identifiers) query = query + (query === '' ? '' : '&') + name + '=' + encode(identifiers[name]);
  if (query !== '') url = url + route.queryJoiner + query;
  return { url: url, method: 'GET', body: undefined, headers: undefined };
}
function sendForward(label, forward, timeout, done) {
  const options = forward.headers === undefined ? { method: forward.method, timeout: timeout } : { method: forward.method, headers: forward.headers, timeout: timeout };
  const sent = sendHttpRequest(forward.url, options, forward.body);
  if (done === undefined) return;
  sent.then(response => done({ label: label, url: forward.url, status: 'sent', statusCode: response.statusCode }), reason => done({ label: label, url: forward.url, status: reasonOf(reason), statusCode: 0 }));
}
function reasonOf(reason) {
  const value = reason;
  return value !== undefined && value !== null && value.reason === 'timed_out' ? 'timed_out' : 'failed';
}
function encodedValue(hit, name) {
  const known = hit.encoded[name];
  if (known !== undefined) return known;
  const encoded = encode(hit.values[name]);
  hit.encoded[name] = encoded;
  return encoded;
}
function encode(value) {
  if (value === undefined) return '';
  const encoded = encodeUriComponent(value);
  return encoded === undefined ? '' : encoded;
}
const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64urlValue(char) {
  return BASE64URL_ALPHABET.indexOf(char);
}
const HEX_DIGITS = '0123456789abcdef';
function hexValue(digit) {
  return HEX_DIGITS.indexOf(digit.toLowerCase());
}
const POWERS_OF_TWO = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4194304, 8388608, 16777216];
function hasWeight(value, weight) {
  return weight > 0 && value % (weight * 2) >= weight;
}
const READ_TRUNCATED = -1;
const READ_BAD_CHARACTER = -2;
function bitReader(text, start, end) {
  return { text: text, start: start, end: end, pos: 0 };
}
function readBits(reader, count) {
  let pos = reader.pos;
  const stop = pos + count;
  if (stop > (reader.end - reader.start) * 6) return READ_TRUNCATED;
  const text = reader.text;
  const start = reader.start;
  let value = 0;
  while (pos < stop) {
    const offset = pos % 6;
    const digit = base64urlValue(text[start + (pos - offset) / 6]);
    if (digit < 0) return READ_BAD_CHARACTER;
    let take2 = 6 - offset;
    if (stop - pos < take2) take2 = stop - pos;
    const below = POWERS_OF_TWO[6 - offset - take2];
    value = value * POWERS_OF_TWO[take2] + (digit % POWERS_OF_TWO[6 - offset] - digit % below) / below;
    pos = pos + take2;
  }
  reader.pos = stop;
  return value;
}
function peekBit(reader, bit) {
  if (bit >= (reader.end - reader.start) * 6) return READ_TRUNCATED;
  const offset = bit % 6;
  const digit = base64urlValue(reader.text[reader.start + (bit - offset) / 6]);
  if (digit < 0) return READ_BAD_CHARACTER;
  return digit % POWERS_OF_TWO[6 - offset] >= POWERS_OF_TWO[5 - offset] ? 1 : 0;
}
const CORE_FIELDS = [
  { name: 'version', kind: 'int', bits: 6 },
  { name: 'created', kind: 'time', bits: 36 },
  { name: 'lastUpdated', kind: 'time', bits: 36 },
  { name: 'cmpId', kind: 'int', bits: 12 },
  { name: 'cmpVersion', kind: 'int', bits: 12 },
  { name: 'consentScreen', kind: 'int', bits: 6 },
  { name: 'consentLanguage', kind: 'letters', bits: 12 },
  { name: 'vendorListVersion', kind: 'int', bits: 12 },
  { name: 'policyVersion', kind: 'int', bits: 6 },
  { name: 'isServiceSpecific', kind: 'bool', bits: 1 },
  { name: 'useNonStandardTexts', kind: 'bool', bits: 1 },
  { name: 'specialFeatureOptins', kind: 'ids', bits: 12 },
  { name: 'purposeConsents', kind: 'ids', bits: 24 },
  { name: 'purposeLegitimateInterests', kind: 'ids', bits: 24 },
  { name: 'purposeOneTreatment', kind: 'bool', bits: 1 },
  { name: 'publisherCountryCode', kind: 'letters', bits: 12 },
  { name: 'vendorConsents', kind: 'vendors', bits: 0 },
  { name: 'vendorLegitimateInterests', kind: 'vendors', bits: 0 },
  { name: 'publisherRestrictions', kind: 'restrictions', bits: 0 }
];
const CORE_OFFSETS = {
  version: 0,
  lastUpdated: 42,
  consentLanguage: 108,
  policyVersion: 132,
  useNonStandardTexts: 139,
  specialFeatureOptins: 140,
  purposeConsents: 152,
  purposeLegitimateInterests: 176,
  publisherCountryCode: 201,
  vendorConsents: 213
};
const TC_STRING_VERSION = 2;
const SEGMENT_TYPE_BITS = 3;
const SEGMENTS = [
  {
    type: 1,
    name: 'disclosedVendors',
    fields: [{ name: 'disclosedVendors', kind: 'vendors', bits: 0 }]
  },
  { type: 2, name: 'allowedVendors', fields: [{ name: 'allowedVendors', kind: 'vendors', bits: 0 }] },
  {
    type: 3,
    name: 'publisherTC',
    fields: [
      { name: 'publisherConsents', kind: 'ids', bits: 24 },
      { name: 'publisherLegitimateInterests', kind: 'ids', bits: 24 },
      { name: 'numCustomPurposes', kind: 'int', bits: 6 },
      { name: 'publisherCustomConsents', kind: 'customIds', bits: 0, lengthFrom: 'numCustomPurposes' },
      {
        name: 'publisherCustomLegitimateInterests',
        kind: 'customIds',
        bits: 0,
        lengthFrom: 'numCustomPurposes'
      }
    ]
  }
];
const VENDOR_SECTION = {
  maxVendorIdBits: 16,
  isRangeEncodingBits: 1,
  numEntriesBits: 12,
  isARangeBits: 1,
  vendorIdBits: 16
};
const RESTRICTION_SECTION = { numPubRestrictionsBits: 12, purposeIdBits: 6, restrictionTypeBits: 2 };
const MAX_TC_STRING_LENGTH = 65536;
function success(value) {
  return { ok: true, value: value };
}
function failure(code, message) {
  return { ok: false, error: { code: code, message: message } };
}
function readFailure(reader, code, field) {
  const bit = reader.pos;
  if (code === READ_BAD_CHARACTER) {
    let index = reader.start + (bit - bit % 6) / 6;
    while (index < reader.end && base64urlValue(reader.text[index]) >= 0) index = index + 1;
    const char = reader.text[index];
    if (char !== undefined && char !== '.') {
      return failure('tc-character', 'TC string: character "' + char + '" at position ' + index + ' is not base64url');
    }
  }
  return failure('tc-truncated', 'TC string: segment ends inside ' + field + ' (bit ' + bit + ')');
}
function decodeVendorSection(reader, field) {
  const maxVendorId = readBits(reader, VENDOR_SECTION.maxVendorIdBits);
  if (maxVendorId < 0) return readFailure(reader, maxVendorId, field + '.maxVendorId');
  const isRange = readBits(reader, VENDOR_SECTION.isRangeEncodingBits);
  if (isRange < 0) return readFailure(reader, isRange, field + '.isRangeEncoding');
  if (isRange === 0) return decodeBitField(reader, maxVendorId, field);
  return decodeRanges(reader, maxVendorId, field);
}
function decodeBitField(reader, maxVendorId, field) {
  const first = reader.pos;
  const stop = first + maxVendorId;
  if (stop > (reader.end - reader.start) * 6) {
    return failure('tc-truncated', 'TC string: ' + field + ' declares ' + maxVendorId + ' vendors but the segment ends at bit ' + (reader.end - reader.start) * 6);
  }
  const ids = [];
  let bit = first;
  while (bit < stop) {
    const offset = bit % 6;
    const index = reader.start + (bit - offset) / 6;
    const digit = base64urlValue(reader.text[index]);
    if (digit < 0) {
      reader.pos = bit;
      return readFailure(reader, READ_BAD_CHARACTER, field);
    }
    const base = bit - offset;
    let rest = digit;
    let weight = 32;
    for (let i = 0; rest > 0; i++) {
      if (rest >= weight) {
        rest = rest - weight;
        const at2 = base + i;
        if (at2 >= bit && at2 < stop) ids.push(at2 - first + 1);
      }
      weight = weight / 2;
    }
    bit = base + 6;
  }
  reader.pos = stop;
  return success(ids);
}
function decodeRanges(reader, maxVendorId, field) {
  const ranges = readRangeEntries(reader, field);
  if (!ranges.ok) return ranges;
  const ids = [];
  let ascending = true;
  let covered = 0;
  let previousEnd = 0;
  for (const range of ranges.value) {
    if (range.end > maxVendorId) {
      return failure('tc-range', 'TC string: ' + field + ' range ' + range.start + '-' + range.end + ' exceeds MaxVendorId ' + maxVendorId);
    }
    covered = covered + range.end - range.start + 1;
    if (range.start <= previousEnd) ascending = false;
    previousEnd = range.end;
  }
  if (covered > maxVendorId) {
    return failure('tc-range', 'TC string: ' + field + ' ranges cover ' + covered + ' ids, more than MaxVendorId ' + maxVendorId);
  }
  if (ascending) {
    for (const range of ranges.value) {
      for (let id = range.start; id <= range.end; id++) ids.push(id);
    }
    return success(ids);
  }
  const marked = [];
  for (let id = 0; id <= maxVendorId; id++) marked.push(false);
  for (const range of ranges.value) {
    for (let id = range.start; id <= range.end; id++) marked[id] = true;
  }
  for (let id = 1; id <= maxVendorId; id++) {
    if (marked[id]) ids.push(id);
  }
  return success(ids);
}
function readRangeEntries(reader, field) {
  const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
  if (numEntries < 0) return readFailure(reader, numEntries, field + '.numEntries');
  const smallest = VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits;
  if (reader.pos + numEntries * smallest > (reader.end - reader.start) * 6) {
    return failure('tc-truncated', 'TC string: ' + field + ' declares ' + numEntries + ' entries but the segment ends at bit ' + (reader.end - reader.start) * 6);
  }
  const ranges = [];
  for (let i = 0; i < numEntries; i++) {
    const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
    if (isARange < 0) return readFailure(reader, isARange, field + '.isARange');
    const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
    if (start < 0) return readFailure(reader, start, field + '.startOrOnlyVendorId');
    let end = start;
    if (isARange === 1) {
      end = readBits(reader, VENDOR_SECTION.vendorIdBits);
      if (end < 0) return readFailure(reader, end, field + '.endVendorId');
    }
    if (start === 0 || end < start) {
      return failure('tc-range', 'TC string: ' + field + ' entry ' + (i + 1) + ' has the invalid range ' + start + '-' + end);
    }
    ranges.push({ start: start, end: end });
  }
  return success(ranges);
}
function decodeRestrictions(reader) {
  const count = readBits(reader, RESTRICTION_SECTION.numPubRestrictionsBits);
  if (count < 0) return readFailure(reader, count, 'publisherRestrictions.numPubRestrictions');
  const smallest = RESTRICTION_SECTION.purposeIdBits + RESTRICTION_SECTION.restrictionTypeBits + VENDOR_SECTION.numEntriesBits;
  if (reader.pos + count * smallest > (reader.end - reader.start) * 6) {
    return failure('tc-truncated', 'TC string: publisherRestrictions declares ' + count + ' restrictions but the segment ends at bit ' + (reader.end - reader.start) * 6);
  }
  const restrictions2 = [];
  for (let i = 0; i < count; i++) {
    const purposeId = readBits(reader, RESTRICTION_SECTION.purposeIdBits);
    if (purposeId < 0) return readFailure(reader, purposeId, 'publisherRestrictions.purposeId');
    if (purposeId === 0) return failure('tc-restriction', 'TC string: publisher restriction ' + (i + 1) + ' names purpose 0');
    const restrictionType = readBits(reader, RESTRICTION_SECTION.restrictionTypeBits);
    if (restrictionType < 0) return readFailure(reader, restrictionType, 'publisherRestrictions.restrictionType');
    const vendors = readRangeEntries(reader, 'publisherRestrictions');
    if (!vendors.ok) return vendors;
    restrictions2.push({ purposeId: purposeId, restrictionType: restrictionType, vendors: vendors.value });
  }
  return success(restrictions2);
}
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function checkTcStringInput(tc) {
  if (typeof tc !== 'string') return failure('tc-type', 'TC string: expected a string, got ' + typeof tc);
  if (tc.length === 0) return failure('tc-empty', 'TC string: empty');
  if (tc.length > MAX_TC_STRING_LENGTH) {
    return failure('tc-too-long', 'TC string: ' + tc.length + ' characters, more than the ' + MAX_TC_STRING_LENGTH + ' any valid string needs');
  }
  return success(tc);
}
function decodeTcString(tc) {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const text = input.value;
  const out = {
    version: 0,
    created: 0,
    lastUpdated: 0,
    cmpId: 0,
    cmpVersion: 0,
    consentScreen: 0,
    consentLanguage: '',
    vendorListVersion: 0,
    policyVersion: 0,
    isServiceSpecific: false,
    useNonStandardTexts: false,
    specialFeatureOptins: [],
    purposeConsents: [],
    purposeLegitimateInterests: [],
    purposeOneTreatment: false,
    publisherCountryCode: '',
    vendorConsents: [],
    vendorLegitimateInterests: [],
    publisherRestrictions: [],
    segments: [],
    disclosedVendors: [],
    allowedVendors: [],
    publisherConsents: [],
    publisherLegitimateInterests: [],
    numCustomPurposes: 0,
    publisherCustomConsents: [],
    publisherCustomLegitimateInterests: []
  };
  const fields2 = out;
  let start = 0;
  let segment = 0;
  while (start <= text.length) {
    let end = text.indexOf('.', start);
    if (end === -1) end = text.length;
    if (end === start) return failure('tc-segment', 'TC string: segment ' + (segment + 1) + ' is empty (at position ' + start + ')');
    const checked = checkCharacters(text, start, end);
    if (!checked.ok) return checked;
    const reader = bitReader(text, start, end);
    if (segment === 0) {
      const version = readBits(reader, CORE_FIELDS[0].bits);
      if (version < 0) return readFailure(reader, version, 'version');
      if (version !== TC_STRING_VERSION) {
        return failure('tc-version', 'TC string: version ' + version + ' is not supported (expected ' + TC_STRING_VERSION + ')');
      }
      reader.pos = 0;
      const core = readFields(reader, CORE_FIELDS, fields2);
      if (!core.ok) return core;
    } else {
      const type = readBits(reader, SEGMENT_TYPE_BITS);
      if (type < 0) return readFailure(reader, type, 'segmentType');
      const known = segmentOfType(type);
      if (known === undefined) return failure('tc-segment', 'TC string: segment ' + (segment + 1) + ' has the unknown SegmentType ' + type);
      if (out.segments.indexOf(known.name) !== -1) return failure('tc-segment', 'TC string: segment ' + known.name + ' appears twice');
      out.segments.push(known.name);
      const decoded = readFields(reader, known.fields, fields2);
      if (!decoded.ok) return decoded;
    }
    segment = segment + 1;
    start = end + 1;
  }
  return success(out);
}
function segmentOfType(type) {
  for (const segment of SEGMENTS) {
    if (segment.type === type) return segment;
  }
  return undefined;
}
function checkCharacters(text, start, end) {
  for (let i = start; i < end; i++) {
    if (base64urlValue(text[i]) < 0) {
      return failure('tc-character', 'TC string: character "' + text[i] + '" at position ' + i + ' is not base64url');
    }
  }
  return success(true);
}
function readFields(reader, table, out) {
  for (const field of table) {
    const value = readField(reader, field, out);
    if (!value.ok) return value;
    out[field.name] = value.value;
  }
  return success(true);
}
function readField(reader, field, out) {
  if (field.kind === 'vendors') return decodeVendorSection(reader, field.name);
  if (field.kind === 'restrictions') return decodeRestrictions(reader);
  let bits = field.bits;
  if (field.kind === 'customIds') {
    const length = out[field.lengthFrom === undefined ? '' : field.lengthFrom];
    bits = typeof length === 'number' ? length : 0;
  }
  if (field.kind === 'ids' || field.kind === 'customIds') return readIds(reader, bits, field.name);
  const value = readBits(reader, bits);
  if (value < 0) return readFailure(reader, value, field.name);
  if (field.kind === 'bool') return success(value === 1);
  if (field.kind === 'time') return success(value * 100);
  if (field.kind === 'letters') {
    const second = value % 64;
    const first = (value - second) / 64;
    if (first > 25 || second > 25) {
      return failure('tc-letters', 'TC string: ' + field.name + ' holds letter values ' + first + ' and ' + second + ' (expected 0..25)');
    }
    return success(LETTERS[first] + LETTERS[second]);
  }
  return success(value);
}
function readIds(reader, bits, name) {
  const ids = [];
  let id = 1;
  let left = bits;
  while (left > 0) {
    const take2 = left < 24 ? left : 24;
    const value = readBits(reader, take2);
    if (value < 0) return readFailure(reader, value, name);
    let weight = 1;
    for (let i = 1; i < take2; i++) weight = weight * 2;
    let rest = value;
    for (let i = 0; i < take2; i++) {
      if (rest >= weight) {
        ids.push(id + i);
        rest = rest - weight;
      }
      weight = weight / 2;
    }
    id = id + take2;
    left = left - take2;
  }
  return success(ids);
}
const MAX_PURPOSE_ID = 11;
const MAX_SPECIAL_FEATURE_ID = 2;
const LEGITIMATE_INTEREST_PURPOSES = [2, 7, 8, 9, 10, 11];
const RESTRICTION_NOT_ALLOWED = 0;
const RESTRICTION_REQUIRE_CONSENT = 1;
const RESTRICTION_REQUIRE_LEGITIMATE_INTEREST = 2;
const NO_RESTRICTION = -1;
function noRestrictions() {
  return [NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION];
}
function combineRestriction(current, next) {
  if (current === NO_RESTRICTION || current === next) return next;
  return RESTRICTION_NOT_ALLOWED;
}
const IS_A_RANGE = 65536;
function digitAt(text, index) {
  if (index >= text.length) return -1;
  return base64urlValue(text[index]);
}
function take(cursor, count) {
  let buffer = cursor.buffer;
  let buffered = cursor.buffered;
  while (buffered < count) {
    const digit = digitAt(cursor.text, cursor.next);
    if (digit < 0) {
      cursor.failed = true;
      return 0;
    }
    buffer = buffer * 64 + digit;
    buffered = buffered + 6;
    cursor.next = cursor.next + 1;
  }
  const rest = POWERS_OF_TWO[buffered - count];
  const low = buffer % rest;
  cursor.buffer = low;
  cursor.buffered = buffered - count;
  return (buffer - low) / rest;
}
function seek(cursor, bit) {
  const offset = bit % 6;
  cursor.next = (bit - offset) / 6;
  cursor.buffer = 0;
  cursor.buffered = 0;
  if (offset > 0) take(cursor, offset);
}
function position(cursor) {
  return cursor.next * 6 - cursor.buffered;
}
function purposeBits(text, offset) {
  const first = (offset - 2) / 6;
  const a = digitAt(text, first);
  const b = digitAt(text, first + 1);
  const c = digitAt(text, first + 2);
  if (a < 0 || b < 0 || c < 0) return -1;
  return a % 16 * 128 + b * 2 + (c >= 32 ? 1 : 0);
}
function vendorsInSection(cursor, vendorIds) {
  const head = take(cursor, VENDOR_SECTION.maxVendorIdBits + VENDOR_SECTION.isRangeEncodingBits);
  if (cursor.failed) return undefined;
  const isRange = head % 2;
  const maxVendorId = (head - isRange) / 2;
  const has2 = [];
  for (let k = 0; k < vendorIds.length; k++) has2.push(0);
  if (isRange === 0) {
    if (maxVendorId === 0) return has2;
    const first = position(cursor);
    for (let k = 0; k < vendorIds.length; k++) {
      const vendorId = vendorIds[k];
      if (vendorId >= 1 && vendorId <= maxVendorId) {
        const bit = first + vendorId - 1;
        const offset = bit % 6;
        const digit = digitAt(cursor.text, (bit - offset) / 6);
        if (digit < 0) return undefined;
        has2[k] = digit % POWERS_OF_TWO[6 - offset] >= POWERS_OF_TWO[5 - offset] ? 1 : 0;
      }
    }
    seek(cursor, first + maxVendorId - 1);
    take(cursor, 1);
    return cursor.failed ? undefined : has2;
  }
  const numEntries = take(cursor, VENDOR_SECTION.numEntriesBits);
  for (let i = 0; i < numEntries; i++) {
    const entry = take(cursor, VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits);
    const start = entry % IS_A_RANGE;
    const end = entry >= IS_A_RANGE ? take(cursor, VENDOR_SECTION.vendorIdBits) : start;
    if (cursor.failed || start === 0 || end < start || end > maxVendorId) return undefined;
    for (let k = 0; k < vendorIds.length; k++) {
      if (vendorIds[k] >= start && vendorIds[k] <= end) has2[k] = 1;
    }
  }
  return cursor.failed ? undefined : has2;
}
function restrictionsFor(cursor, vendorIds, all) {
  const count = take(cursor, RESTRICTION_SECTION.numPubRestrictionsBits);
  for (let i = 0; i < count; i++) {
    const purposeId = take(cursor, RESTRICTION_SECTION.purposeIdBits);
    const type = take(cursor, RESTRICTION_SECTION.restrictionTypeBits);
    const numEntries = take(cursor, VENDOR_SECTION.numEntriesBits);
    if (cursor.failed || purposeId === 0) return false;
    for (let e = 0; e < numEntries; e++) {
      const entry = take(cursor, VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits);
      const start = entry % IS_A_RANGE;
      const end = entry >= IS_A_RANGE ? take(cursor, VENDOR_SECTION.vendorIdBits) : start;
      if (cursor.failed || start === 0 || end < start) return false;
      if (purposeId > MAX_PURPOSE_ID) continue;
      for (let k = 0; k < vendorIds.length; k++) {
        if (vendorIds[k] >= start && vendorIds[k] <= end) {
          const bits = all[k];
          if (bits.restrictions === undefined) bits.restrictions = noRestrictions();
          bits.restrictions[purposeId] = combineRestriction(bits.restrictions[purposeId], type === 3 ? RESTRICTION_NOT_ALLOWED : type);
        }
      }
    }
  }
  return !cursor.failed;
}
function scanVendorBits(text, vendorId) {
  const all = scanVendorsBits(text, [vendorId]);
  return all === undefined ? undefined : all[0];
}
function scanVendorsBits(text, vendorIds) {
  if (digitAt(text, 0) !== TC_STRING_VERSION) return undefined;
  const features = digitAt(text, (CORE_OFFSETS.useNonStandardTexts - 1) / 6);
  const purposeConsents = purposeBits(text, CORE_OFFSETS.purposeConsents);
  const purposeLegitimateInterests = purposeBits(text, CORE_OFFSETS.purposeLegitimateInterests);
  if (features < 0 || purposeConsents < 0 || purposeLegitimateInterests < 0) return undefined;
  const cursor = { text: text, next: 0, buffer: 0, buffered: 0, failed: false };
  seek(cursor, CORE_OFFSETS.vendorConsents);
  const consents = vendorsInSection(cursor, vendorIds);
  if (consents === undefined) return undefined;
  const legitimateInterests = vendorsInSection(cursor, vendorIds);
  if (legitimateInterests === undefined) return undefined;
  const all = [];
  for (let k = 0; k < vendorIds.length; k++) {
    all.push({
      textsAndFeatures: (features % 32 - features % 4) / 4,
      purposeConsents: purposeConsents,
      purposeLegitimateInterests: purposeLegitimateInterests,
      vendorConsent: consents[k] === 1,
      vendorLegitimateInterest: legitimateInterests[k] === 1,
      restrictions: undefined
    });
  }
  return restrictionsFor(cursor, vendorIds, all) ? all : undefined;
}
function flagsOf(value, count) {
  const flags = [false, false, false, false, false, false, false, false, false, false, false, false];
  let weight = POWERS_OF_TWO[count - 1];
  let rest = value;
  for (let id = 1; id <= count; id++) {
    if (rest >= weight) {
      flags[id] = true;
      rest = rest - weight;
    }
    weight = weight / 2;
  }
  return flags;
}
function readVendorSignals(tc, vendorId, gdprApplies) {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const reader = bitReader(input.value, 0, input.value.length);
  const version = readBits(reader, 6);
  if (version < 0) return readFailure(reader, version, 'version');
  if (version !== TC_STRING_VERSION) {
    return failure('tc-version', 'TC string: version ' + version + ' is not supported (expected ' + TC_STRING_VERSION + ')');
  }
  reader.pos = CORE_OFFSETS.useNonStandardTexts;
  const textsAndFeatures = readBits(reader, 1 + MAX_SPECIAL_FEATURE_ID);
  if (textsAndFeatures < 0) return readFailure(reader, textsAndFeatures, 'useNonStandardTexts');
  const specialFeatureOptins = [false, textsAndFeatures % 4 >= 2, textsAndFeatures % 2 === 1];
  const purposeConsents = readFlags(reader, CORE_OFFSETS.purposeConsents, MAX_PURPOSE_ID);
  if (purposeConsents === undefined) return readFailure(reader, readBits(reader, MAX_PURPOSE_ID), 'purposeConsents');
  const purposeLegitimateInterests = readFlags(reader, CORE_OFFSETS.purposeLegitimateInterests, MAX_PURPOSE_ID);
  if (purposeLegitimateInterests === undefined) return readFailure(reader, readBits(reader, MAX_PURPOSE_ID), 'purposeLegitimateInterests');
  reader.pos = CORE_OFFSETS.vendorConsents;
  const answer = { has: 0 };
  const consentError = vendorInSection(reader, vendorId, answer, 'vendorConsents');
  if (consentError !== undefined) return consentError;
  const vendorConsent = answer.has === 1;
  const liError = vendorInSection(reader, vendorId, answer, 'vendorLegitimateInterests');
  if (liError !== undefined) return liError;
  const vendorLegitimateInterest = answer.has === 1;
  const restrictions2 = restrictionsFor2(reader, vendorId);
  if (!restrictions2.ok) return restrictions2;
  return success({
    vendorId: vendorId,
    gdprApplies: gdprApplies,
    eventStatus: undefined,
    useNonStandardTexts: textsAndFeatures >= 4,
    purposeConsents: purposeConsents,
    purposeLegitimateInterests: purposeLegitimateInterests,
    specialFeatureOptins: specialFeatureOptins,
    vendorConsent: vendorConsent,
    vendorLegitimateInterest: vendorLegitimateInterest,
    vendorListed: vendorConsent || vendorLegitimateInterest,
    restrictions: restrictions2.value
  });
}
function readFlags(reader, offset, count) {
  reader.pos = offset;
  const value = readBits(reader, count);
  if (value < 0) {
    reader.pos = offset;
    return undefined;
  }
  return flagsOf(value, count);
}
function vendorInSection(reader, vendorId, answer, field) {
  const head = readBits(reader, VENDOR_SECTION.maxVendorIdBits + VENDOR_SECTION.isRangeEncodingBits);
  if (head < 0) {
    const max = readBits(reader, VENDOR_SECTION.maxVendorIdBits);
    if (max < 0) return readFailure(reader, max, field + '.maxVendorId');
    return readFailure(reader, readBits(reader, VENDOR_SECTION.isRangeEncodingBits), field + '.isRangeEncoding');
  }
  const isRange = head % 2;
  const maxVendorId = (head - isRange) / 2;
  answer.has = 0;
  if (isRange === 0) {
    const first = reader.pos;
    if (maxVendorId > 0) {
      const last = peekBit(reader, first + maxVendorId - 1);
      if (last < 0) {
        reader.pos = first + maxVendorId - 1;
        return readFailure(reader, last, field);
      }
    }
    if (vendorId >= 1 && vendorId <= maxVendorId) {
      const bit = peekBit(reader, first + vendorId - 1);
      if (bit < 0) {
        reader.pos = first + vendorId - 1;
        return readFailure(reader, bit, field);
      }
      answer.has = bit;
    }
    reader.pos = first + maxVendorId;
    return undefined;
  }
  const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
  if (numEntries < 0) return readFailure(reader, numEntries, field + '.numEntries');
  for (let i = 0; i < numEntries; i++) {
    const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
    if (isARange < 0) return readFailure(reader, isARange, field + '.isARange');
    if (answer.has === 1) {
      const skip2 = isARange === 1 ? 2 * VENDOR_SECTION.vendorIdBits : VENDOR_SECTION.vendorIdBits;
      const last = peekBit(reader, reader.pos + skip2 - 1);
      if (last < 0) return readFailure(reader, last, field + '.startOrOnlyVendorId');
      reader.pos = reader.pos + skip2;
      continue;
    }
    const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
    if (start < 0) return readFailure(reader, start, field + '.startOrOnlyVendorId');
    let end = start;
    if (isARange === 1) {
      end = readBits(reader, VENDOR_SECTION.vendorIdBits);
      if (end < 0) return readFailure(reader, end, field + '.endVendorId');
    } else if (start === vendorId && start !== 0 && start <= maxVendorId) {
      answer.has = 1;
      continue;
    }
    if (start === 0 || end < start || end > maxVendorId) {
      return failure('tc-range', 'TC string: ' + field + ' entry ' + (i + 1) + ' has the invalid range ' + start + '-' + end);
    }
    if (vendorId >= start && vendorId <= end) answer.has = 1;
  }
  return undefined;
}
function restrictionsFor2(reader, vendorId) {
  const restrictions2 = noRestrictions();
  const count = readBits(reader, RESTRICTION_SECTION.numPubRestrictionsBits);
  if (count < 0) return readFailure(reader, count, 'publisherRestrictions.numPubRestrictions');
  for (let i = 0; i < count; i++) {
    const purposeId = readBits(reader, RESTRICTION_SECTION.purposeIdBits);
    if (purposeId < 0) return readFailure(reader, purposeId, 'publisherRestrictions.purposeId');
    if (purposeId === 0) return failure('tc-restriction', 'TC string: publisher restriction ' + (i + 1) + ' names purpose 0');
    const type = readBits(reader, RESTRICTION_SECTION.restrictionTypeBits);
    if (type < 0) return readFailure(reader, type, 'publisherRestrictions.restrictionType');
    const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
    if (numEntries < 0) return readFailure(reader, numEntries, 'publisherRestrictions.numEntries');
    for (let e = 0; e < numEntries; e++) {
      const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
      if (isARange < 0) return readFailure(reader, isARange, 'publisherRestrictions.isARange');
      const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
      if (start < 0) return readFailure(reader, start, 'publisherRestrictions.startOrOnlyVendorId');
      let end = start;
      if (isARange === 1) {
        end = readBits(reader, VENDOR_SECTION.vendorIdBits);
        if (end < 0) return readFailure(reader, end, 'publisherRestrictions.endVendorId');
      }
      if (start === 0 || end < start) {
        return failure('tc-range', 'TC string: publisherRestrictions entry ' + (e + 1) + ' has the invalid range ' + start + '-' + end);
      }
      if (purposeId <= MAX_PURPOSE_ID && vendorId >= start && vendorId <= end) {
        restrictions2[purposeId] = combineRestriction(restrictions2[purposeId], type === 3 ? RESTRICTION_NOT_ALLOWED : type);
      }
    }
  }
  return success(restrictions2);
}
const FINAL_EVENTS = ['tcloaded', 'useractioncomplete'];
function isFinalEvent(eventStatus) {
  return FINAL_EVENTS.indexOf(eventStatus) !== -1;
}
function decisionStatus(signals) {
  if (signals.gdprApplies === false) return 'gdpr-not-applicable';
  if (signals.gdprApplies !== true) return 'gdpr-unknown';
  if (signals.eventStatus !== undefined && !isFinalEvent(signals.eventStatus)) return 'not-final';
  return signals.vendorListed ? 'decided' : 'vendor-missing';
}
function decide(signals, declaration, choice) {
  const decision = {
    vendorId: signals.vendorId,
    status: decisionStatus(signals),
    purposes: [],
    legalBases: {},
    specialFeatures: [],
    useNonStandardTexts: signals.useNonStandardTexts
  };
  if (decision.status !== 'decided' || !signals.vendorConsent && !signals.vendorLegitimateInterest) return decision;
  for (let purpose = 1; purpose <= MAX_PURPOSE_ID; purpose++) {
    const byConsent = signals.vendorConsent && signals.purposeConsents[purpose];
    const byLegitimateInterest = signals.vendorLegitimateInterest && signals.purposeLegitimateInterests[purpose];
    if (!byConsent && !byLegitimateInterest) continue;
    const basis = legalBasisFor(purpose, declaration, choice === undefined ? 'declared' : choice, signals.restrictions[purpose]);
    if (basis !== undefined && (basis === 'consent' ? byConsent : byLegitimateInterest)) {
      decision.purposes.push(purpose);
      decision.legalBases[purpose] = basis;
    }
  }
  for (const feature of declaration.specialFeatures) {
    if (signals.specialFeatureOptins[feature]) decision.specialFeatures.push(feature);
  }
  return decision;
}
function legalBasisFor(purpose, needs, choice, restriction) {
  const liAllowed2 = has(LEGITIMATE_INTEREST_PURPOSES, purpose);
  let declared = has(needs.purposes, purpose) ? 'consent' : has(needs.legIntPurposes, purpose) ? 'legitimateInterest' : undefined;
  if (declared && choice !== 'declared') declared = choice === 'legitimateInterest' && liAllowed2 ? choice : 'consent';
  const basis = restriction === RESTRICTION_REQUIRE_CONSENT ? 'consent' : restriction === RESTRICTION_REQUIRE_LEGITIMATE_INTEREST ? 'legitimateInterest' : declared;
  const switched = basis !== declared && !(choice === 'declared' && has(needs.flexiblePurposes, purpose));
  return !declared || restriction === RESTRICTION_NOT_ALLOWED || switched || basis === 'legitimateInterest' && !liAllowed2 ? undefined : basis;
}
function has(ids, id) {
  return ids.indexOf(id) !== -1;
}
const INFONLINE_VENDOR_ID = 730;
const AGOF_VENDOR_ID = 785;
function needsPurpose(needs, purpose) {
  return needs.purposes.indexOf(purpose) !== -1 || needs.legIntPurposes.indexOf(purpose) !== -1;
}
function neededPurposes(needs) {
  const needed = [];
  for (let id = 1; id <= 11; id++) {
    if (needsPurpose(needs, id)) needed.push(id);
  }
  return needed;
}
function registeredVendors() {
  const infonline = {
    id: INFONLINE_VENDOR_ID,
    name: 'INFOnline GmbH',
    declarations: [
      {
        source: 'GVL v2 #45 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v45.json)',
        date: '2020-07-02',
        purposes: [1],
        legIntPurposes: [8],
        flexiblePurposes: [8],
        specialPurposes: [],
        specialFeatures: []
      },
      {
        source: 'GVL v2 #50-#51 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v50.json)',
        date: '2020-08',
        purposes: [],
        legIntPurposes: [8],
        flexiblePurposes: [8],
        specialPurposes: [],
        specialFeatures: []
      },
      {
        source: 'GVL v2 #224; INFOnline "Legal implications": purpose 1 added 2021-11-24, consent required from 2021-12-01',
        date: '2023-11-16',
        purposes: [1, 8],
        legIntPurposes: [],
        flexiblePurposes: [],
        specialPurposes: [],
        specialFeatures: [2]
      },
      {
        source: 'GVL v3 #45 (vendor-list.json, vendorListVersion 45)',
        date: '2024-03-21',
        purposes: [1, 8],
        legIntPurposes: [],
        flexiblePurposes: [],
        specialPurposes: [],
        specialFeatures: [2]
      }
    ]
  };
  const agof = {
    id: AGOF_VENDOR_ID,
    name: 'agof studies',
    declarations: [
      {
        source: 'GVL v2 #46 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v46.json), "agof - daily digital facts"',
        date: '2020-07',
        purposes: [1, 9],
        legIntPurposes: [],
        flexiblePurposes: [],
        specialPurposes: [1],
        specialFeatures: []
      },
      {
        source: 'GVL v2 #47 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v47.json): purpose 9 briefly flexible',
        date: '2020-07',
        purposes: [1, 9],
        legIntPurposes: [],
        flexiblePurposes: [9],
        specialPurposes: [1],
        specialFeatures: []
      },
      {
        source: 'GVL v2 #50-#51 (iabtcf-es modules/testing/src/vendorlist/v2/vendor-list-v50.json)',
        date: '2020-08',
        purposes: [1, 9],
        legIntPurposes: [],
        flexiblePurposes: [],
        specialPurposes: [1],
        specialFeatures: []
      },
      {
        source: 'GVL v2 #224: "agof studies", deleted 2023-04-04; absent from GVL v3 #7, #17, #45; INFOnline seed §2.5 (purposes 1, 7, 9)',
        date: '2023-11-16',
        purposes: [1, 7, 9],
        legIntPurposes: [],
        flexiblePurposes: [],
        specialPurposes: [1],
        specialFeatures: [],
        deletedDate: '2023-04-04'
      }
    ]
  };
  return [infonline, agof];
}
function registryOf(vendors) {
  const registry = {};
  for (const vendor of vendors) registry['' + vendor.id] = vendor;
  return registry;
}
function vendorRegistry() {
  return registryOf(registeredVendors());
}
function findVendor(id, registry) {
  return registry['' + id];
}
function currentDeclaration(vendor) {
  return vendor.declarations[vendor.declarations.length - 1];
}
function tcStringPurposesFor(tc, vendorId, gdprApplies, declaration, choice) {
  const bits = scanVendorBits(tc, vendorId);
  if (bits === undefined) {
    const decision = stepByStep(tc, vendorId, gdprApplies, declaration, choice);
    return decision.ok ? success(decision.value.purposes) : decision;
  }
  return success(purposesFromBits(bits, gdprApplies, declaration, choice));
}
function purposesFromBits(bits, gdprApplies, declaration, choice) {
  const decided = gdprApplies === true && (bits.vendorConsent || bits.vendorLegitimateInterest);
  return decided ? grantedPurposes(bits, declaration, choice) : [];
}
function stepByStep(tc, vendorId, gdprApplies, declaration, choice) {
  const signals = readVendorSignals(tc, vendorId, gdprApplies);
  if (!signals.ok) return signals;
  return success(decide(signals.value, declaration, choice));
}
function grantedPurposes(bits, declaration, choice) {
  const purposes = [];
  let consents = bits.purposeConsents;
  let legitimateInterests = bits.purposeLegitimateInterests;
  let weight = 1024;
  for (let purpose = 1; purpose <= MAX_PURPOSE_ID; purpose++) {
    const purposeConsent = consents >= weight;
    if (purposeConsent) consents = consents - weight;
    const purposeLegitimateInterest = legitimateInterests >= weight;
    if (purposeLegitimateInterest) legitimateInterests = legitimateInterests - weight;
    weight = weight / 2;
    const byConsent = bits.vendorConsent && purposeConsent;
    const byLegitimateInterest = bits.vendorLegitimateInterest && purposeLegitimateInterest;
    if (!byConsent && !byLegitimateInterest) continue;
    const basis = legalBasisFor(purpose, declaration, choice, bits.restrictions === undefined ? NO_RESTRICTION : bits.restrictions[purpose]);
    if (basis !== undefined && (basis === 'consent' ? byConsent : byLegitimateInterest)) purposes.push(purpose);
  }
  return purposes;
}
const KEPT_IDS = 'publisherCustomConsents';
function checkTcString(tc) {
  const input = checkTcStringInput(tc);
  if (!input.ok) return input;
  const checked = scanTcString(input.value);
  if (checked !== undefined) return success(checked);
  const decoded = decodeTcString(input.value);
  if (!decoded.ok) return decoded;
  const whole = decoded.value;
  return success({
    text: input.value,
    lastUpdated: whole.lastUpdated,
    segments: whole.segments,
    publisherCustomConsents: whole.publisherCustomConsents
  });
}
function scanTcString(text) {
  const out = { text: text, lastUpdated: 0, segments: [], publisherCustomConsents: [] };
  let start = 0;
  let segment = 0;
  while (start <= text.length) {
    let end = text.indexOf('.', start);
    if (end === -1) end = text.length;
    if (end === start) return undefined;
    for (let i = start; i < end; i++) {
      if (base64urlValue(text[i]) < 0) return undefined;
    }
    const reader = bitReader(text, start, end);
    if (segment === 0) {
      if (!coreSegment(reader, out)) return undefined;
    } else {
      const known = segmentOfType(readBits(reader, SEGMENT_TYPE_BITS));
      if (known === undefined || out.segments.indexOf(known.name) !== -1) return undefined;
      out.segments.push(known.name);
      if (!fields(reader, known.fields, out)) return undefined;
    }
    segment = segment + 1;
    start = end + 1;
  }
  return out;
}
function coreSegment(reader, out) {
  if (readBits(reader, 6) !== TC_STRING_VERSION) return false;
  if ((reader.end - reader.start) * 6 < CORE_OFFSETS.vendorConsents) return false;
  reader.pos = CORE_OFFSETS.lastUpdated;
  out.lastUpdated = readBits(reader, 36) * 100;
  reader.pos = CORE_OFFSETS.consentLanguage;
  if (!letters(readBits(reader, 12))) return false;
  reader.pos = CORE_OFFSETS.publisherCountryCode;
  if (!letters(readBits(reader, 12))) return false;
  return vendorSection(reader) && vendorSection(reader) && restrictions(reader);
}
function letters(value) {
  const second = value % 64;
  return second <= 25 && (value - second) / 64 <= 25;
}
function fields(reader, table, out) {
  const lengths = {};
  for (const field of table) {
    if (field.kind === 'vendors') {
      if (!vendorSection(reader)) return false;
      continue;
    }
    if (field.kind === 'restrictions') {
      if (!restrictions(reader)) return false;
      continue;
    }
    let bits = field.bits;
    if (field.kind === 'customIds') {
      const length = lengths[field.lengthFrom === undefined ? '' : field.lengthFrom];
      bits = length === undefined ? 0 : length;
    }
    if (field.name === KEPT_IDS) {
      if (!keepIds(reader, bits, out.publisherCustomConsents)) return false;
      continue;
    }
    if (field.kind === 'letters') {
      const value = readBits(reader, bits);
      if (value < 0 || !letters(value)) return false;
      continue;
    }
    if (field.kind === 'int' || field.kind === 'time' || field.kind === 'bool') {
      const value = readBits(reader, bits);
      if (value < 0) return false;
      lengths[field.name] = value;
      continue;
    }
    if (!skip(reader, bits)) return false;
  }
  return true;
}
function skip(reader, bits) {
  if (reader.pos + bits > (reader.end - reader.start) * 6) return false;
  reader.pos = reader.pos + bits;
  return true;
}
function keepIds(reader, bits, ids) {
  for (let id = 1; id <= bits; id++) {
    const bit = readBits(reader, 1);
    if (bit < 0) return false;
    if (bit === 1) ids.push(id);
  }
  return true;
}
function vendorSection(reader) {
  const maxVendorId = readBits(reader, VENDOR_SECTION.maxVendorIdBits);
  const isRange = readBits(reader, VENDOR_SECTION.isRangeEncodingBits);
  if (isRange < 0 || maxVendorId < 0) return false;
  if (isRange === 0) return skip(reader, maxVendorId);
  const covered = rangeEntries(reader, maxVendorId);
  return covered >= 0 && covered <= maxVendorId;
}
function rangeEntries(reader, maxEnd) {
  const numEntries = readBits(reader, VENDOR_SECTION.numEntriesBits);
  if (numEntries < 0) return -1;
  const smallest = VENDOR_SECTION.isARangeBits + VENDOR_SECTION.vendorIdBits;
  if (reader.pos + numEntries * smallest > (reader.end - reader.start) * 6) return -1;
  let covered = 0;
  for (let i = 0; i < numEntries; i++) {
    const isARange = readBits(reader, VENDOR_SECTION.isARangeBits);
    const start = readBits(reader, VENDOR_SECTION.vendorIdBits);
    const end = isARange === 1 ? readBits(reader, VENDOR_SECTION.vendorIdBits) : start;
    if (isARange < 0 || start <= 0 || end < start || maxEnd >= 0 && end > maxEnd) return -1;
    covered = covered + end - start + 1;
  }
  return covered;
}
function restrictions(reader) {
  const count = readBits(reader, RESTRICTION_SECTION.numPubRestrictionsBits);
  if (count < 0) return false;
  const smallest = RESTRICTION_SECTION.purposeIdBits + RESTRICTION_SECTION.restrictionTypeBits + VENDOR_SECTION.numEntriesBits;
  if (reader.pos + count * smallest > (reader.end - reader.start) * 6) return false;
  for (let i = 0; i < count; i++) {
    const purposeId = readBits(reader, RESTRICTION_SECTION.purposeIdBits);
    const type = readBits(reader, RESTRICTION_SECTION.restrictionTypeBits);
    if (purposeId <= 0 || type < 0 || rangeEntries(reader, -1) < 0) return false;
  }
  return true;
}
const CT_CMP_CODES = { none: '00', tcf: '01', other: 'ff' };
const CT_LAYOUT = { cmpLength: 2, fieldLength: 4, vendors: [730, 785] };
const CT_PURPOSE_WEIGHTS = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 0];
const CT_FIELD_LIMIT = 4096;
const ALL_CMPS = ['none', 'tcf', 'other'];
function ctLength(layout) {
  return layout.cmpLength + layout.fieldLength * layout.vendors.length;
}
function checkCt(value) {
  if (typeof value !== 'string') return failure('ct-type', 'ct: not a string but ' + typeof value);
  const length = ctLength(CT_LAYOUT);
  if (value.length !== length) return failure('ct-length', 'ct "' + value.slice(0, 40) + '": ' + value.length + ' characters, expected ' + length);
  for (let i = 0; i < length; i++) {
    if (hexValue(value[i]) === -1) return failure('ct-character', 'ct "' + value + '": "' + value[i] + '" at ' + i + ' is not hex');
  }
  const code = value.slice(0, CT_LAYOUT.cmpLength).toLowerCase();
  let cmp = undefined;
  for (const candidate of ALL_CMPS) {
    if (CT_CMP_CODES[candidate] === code) cmp = candidate;
  }
  if (cmp === undefined) return failure('ct-cmp', 'ct "' + value + '": CMP "' + code + '" is not 00, 01 or ff');
  for (let v = 0; v < CT_LAYOUT.vendors.length; v++) {
    if (fieldValue(value, v) >= CT_FIELD_LIMIT) return failure('ct-reserved-bits', 'ct "' + value + '": vendor ' + CT_LAYOUT.vendors[v] + ' sets unused bits');
  }
  return success(cmp);
}
function ctPurposesFor(ct, vendorId) {
  const index = CT_LAYOUT.vendors.indexOf(vendorId);
  return index === -1 ? undefined : idsOf(fieldValue(ct, index), CT_PURPOSE_WEIGHTS);
}
function fieldValue(ct, index) {
  let value = 0;
  for (let i = 0; i < CT_LAYOUT.fieldLength; i++) value = value * 16 + hexValue(ct[CT_LAYOUT.cmpLength + index * CT_LAYOUT.fieldLength + i]);
  return value;
}
function idsOf(field, weights) {
  const ids = [];
  for (let id = 1; id < weights.length; id++) {
    if (hasWeight(field, weights[id])) ids.push(id);
  }
  return ids;
}
const PURPOSES = [
  { id: 1, name: 'Store and/or access information on a device', legitimateInterestAllowed: false },
  { id: 2, name: 'Use limited data to select advertising', legitimateInterestAllowed: true },
  { id: 3, name: 'Create profiles for personalised advertising', legitimateInterestAllowed: false },
  { id: 4, name: 'Use profiles to select personalised advertising', legitimateInterestAllowed: false },
  { id: 5, name: 'Create profiles to personalise content', legitimateInterestAllowed: false },
  { id: 6, name: 'Use profiles to select personalised content', legitimateInterestAllowed: false },
  { id: 7, name: 'Measure advertising performance', legitimateInterestAllowed: true },
  { id: 8, name: 'Measure content performance', legitimateInterestAllowed: true },
  {
    id: 9,
    name: 'Understand audiences through statistics or combinations of data from different sources',
    legitimateInterestAllowed: true
  },
  { id: 10, name: 'Develop and improve services', legitimateInterestAllowed: true },
  { id: 11, name: 'Use limited data to select content', legitimateInterestAllowed: true }
];
function clientFailure(code, message) {
  return { ok: false, error: { code: code, message: message } };
}
const HIT_PARAMETERS = [
  { name: 'st', kind: 'token', maxLength: 64, required: true },
  { name: 'cp', kind: 'text', maxLength: 255, required: false },
  { name: 'co', kind: 'text', maxLength: 255, required: false },
  { name: 'ct', kind: 'ct', maxLength: 10, required: false },
  { name: 'sv', kind: 'survey', maxLength: 2, required: false },
  { name: 'gdpr', kind: 'flag', maxLength: 1, required: false },
  { name: 'gdpr_consent', kind: 'tcString', maxLength: 4096, required: false },
  { name: 'url', kind: 'url', maxLength: 2048, required: false },
  { name: 'ref', kind: 'url', maxLength: 2048, required: false },
  { name: 'uid', kind: 'token', maxLength: 128, required: false },
  { name: 'cts', kind: 'text', maxLength: 64, required: false }
];
const SURVEY_VALUES = ['in', 'i2', 'mo', 'ke', 'dz'];
const MAX_BODY_LENGTH = 16384;
const MAX_BATCH_LENGTH = 20;
const TOKEN_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';
function rawHits(method2, query, body) {
  if (method2 === 'GET') return success([query]);
  if (body === undefined || body === '') return clientFailure('bad-request', 'the body is empty');
  if (body.length > MAX_BODY_LENGTH) return clientFailure('bad-request', 'the body exceeds ' + MAX_BODY_LENGTH + ' characters');
  const parsed = JSON.parse(body);
  const type = getType(parsed);
  if (type === 'object') return success([parsed]);
  if (type !== 'array') return clientFailure('bad-request', 'the body is not a JSON object or array');
  const list = parsed;
  if (list.length === 0) return clientFailure('bad-request', 'the batch is empty');
  if (list.length > MAX_BATCH_LENGTH) return clientFailure('bad-request', 'the batch has more than ' + MAX_BATCH_LENGTH + ' hits');
  const hits = [];
  for (let i = 0; i < list.length; i++) {
    if (getType(list[i]) !== 'object') return clientFailure('bad-request', 'hit ' + (i + 1) + ' is not a JSON object');
    hits.push(list[i]);
  }
  return success(hits);
}
function parseHits(raw) {
  const hits = [];
  for (let i = 0; i < raw.length; i++) {
    const hit = parseHit(raw[i]);
    if (!hit.ok) return raw.length === 1 ? hit : clientFailure('bad-request', 'hit ' + (i + 1) + ': ' + hit.error.message);
    hits.push(hit.value);
  }
  return success(hits);
}
function parseHit(raw) {
  const hit = { values: {}, ct: undefined, tcString: undefined, tcBits: {}, gdprApplies: undefined, encoded: {} };
  for (const parameter of HIT_PARAMETERS) {
    const value = raw[parameter.name];
    if (value === undefined || value === null || value === '') {
      if (parameter.required) return clientFailure('bad-request', parameter.name + ' is missing');
      continue;
    }
    if (typeof value !== 'string') return clientFailure('bad-request', parameter.name + ' is not a string');
    if (value.length > parameter.maxLength) {
      return clientFailure('bad-request', parameter.name + ' is longer than ' + parameter.maxLength + ' characters');
    }
    const problem = check(parameter.kind, value, hit);
    if (problem !== '') return clientFailure('bad-request', parameter.name + ' ' + problem);
    hit.values[parameter.name] = value;
  }
  return success(hit);
}
function check(kind, value, hit) {
  if (kind === 'token') {
    for (let i = 0; i < value.length; i++) {
      if (TOKEN_CHARACTERS.indexOf(value.charAt(i)) === -1) return 'has a character outside A-Z a-z 0-9 . _ -';
    }
    return '';
  }
  if (kind === 'text') {
    for (let i = 0; i < value.length; i++) {
      if (value.charAt(i) < ' ') return 'has a control character';
    }
    return '';
  }
  if (kind === 'survey') return SURVEY_VALUES.indexOf(value) === -1 ? 'is not one of ' + SURVEY_VALUES.join(', ') : '';
  if (kind === 'flag') {
    if (value !== '0' && value !== '1') return 'is not 0 or 1';
    hit.gdprApplies = value === '1';
    return '';
  }
  if (kind === 'ct') {
    const ct = checkCt(value);
    if (!ct.ok) return 'is malformed (' + ct.error.code + ')';
    hit.ct = value;
    return '';
  }
  if (kind === 'tcString') {
    const tc = checkTcString(value);
    if (!tc.ok) return 'is malformed (' + tc.error.code + ')';
    hit.tcString = tc.value;
    return '';
  }
  const url = parseUrl(value);
  if (url === undefined || url.protocol !== 'https:' && url.protocol !== 'http:') return 'is not an http(s) URL';
  return '';
}
const DEFAULT_ROUTES = [
  {
    label: 'INFOnline',
    vendorId: 730,
    endpointField: 'infonlineEndpoint',
    fields: ['st', 'cp', 'co', 'sv', 'ct', 'url', 'ref']
  },
  { label: 'agof', vendorId: 785, endpointField: 'agofEndpoint', fields: ['st', 'cp', 'sv', 'ct'] }
];
function vendorKey(vendorId) {
  return 'v' + vendorId;
}
function registeredPurposes(vendorId) {
  const vendor = findVendor(vendorId, vendorRegistry());
  return vendor === undefined ? '' : neededPurposes(currentDeclaration(vendor)).join(',');
}
function parseRoute(row) {
  const label = row.label === '' ? 'vendor ' + row.vendorId : row.label;
  const vendorId = makeInteger(row.vendorId);
  if (!(vendorId >= 1) || '' + vendorId !== trim(row.vendorId)) return clientFailure('bad-route', label + ': the GVL id is not a positive integer');
  const purposes = [];
  for (const cell of splitList(row.purposes)) {
    const purpose = purposeOf(cell);
    if (purpose === undefined) return clientFailure('bad-route', label + ': "' + cell + '" is not a TCF purpose (1-11)');
    if (purposes.indexOf(purpose) === -1) purposes.push(purpose);
  }
  if (purposes.length === 0) return clientFailure('bad-route', label + ': no purposes needed; a route must name at least one');
  if (row.legalBasis !== 'consent' && row.legalBasis !== 'legitimateInterest') {
    return clientFailure('bad-route', label + ': the legal basis is not consent or legitimateInterest');
  }
  if (row.method !== 'GET' && row.method !== 'POST') return clientFailure('bad-route', label + ': the method is not GET or POST');
  const fields2 = [];
  for (const cell of splitList(row.fields)) {
    const field = fieldOf(cell);
    if (field === undefined) return clientFailure('bad-route', label + ': "' + cell + '" is not a hit field');
    if (fields2.indexOf(field) === -1) fields2.push(field);
  }
  const endpoint = checkEndpoint(label, trim(row.endpoint), fields2);
  if (!endpoint.ok) return endpoint;
  const parts = endpointParts(endpoint.value, fields2);
  return success({
    label: label,
    vendorId: vendorId,
    purposes: purposes,
    legalBasis: row.legalBasis,
    endpoint: endpoint.value,
    method: row.method,
    fields: fields2,
    pieces: parts.pieces,
    sent: parts.sent,
    queryJoiner: parts.queryJoiner
  });
}
function endpointParts(endpoint, fields2) {
  const pieces = endpointPieces(endpoint);
  const placed = namesIn(pieces);
  const sent = [];
  for (const field of fields2) {
    if (placed.indexOf(field) === -1) sent.push(field);
  }
  return { pieces: pieces, sent: sent, queryJoiner: endpoint.indexOf('?') === -1 ? '?' : '&' };
}
function checkEndpoint(label, endpoint, fields2) {
  const schemeEnd = endpoint.indexOf('://');
  const scheme = schemeEnd === -1 ? '' : endpoint.slice(0, schemeEnd);
  if (scheme !== 'https' && scheme !== 'http') return clientFailure('bad-route', label + ': the endpoint is not an http(s) URL');
  const pathStart = endpoint.indexOf('/', schemeEnd + 3);
  const authority = pathStart === -1 ? endpoint.slice(schemeEnd + 3) : endpoint.slice(schemeEnd + 3, pathStart);
  if (authority === '' || authority.indexOf('{') !== -1 || authority.indexOf('}') !== -1 || authority.indexOf('?') !== -1 || authority.indexOf('#') !== -1 || authority.indexOf('@') !== -1) {
    return clientFailure('bad-route', label + ': the endpoint host must be fixed (no placeholder, query or credentials)');
  }
  if (parseUrl(endpoint) === undefined) return clientFailure('bad-route', label + ': the endpoint does not parse as a URL');
  for (const name of placeholders(endpoint)) {
    if (fields2.indexOf(name) === -1) {
      return clientFailure('bad-route', label + ': placeholder {' + name + '} is not one of the route\'s fields');
    }
  }
  return success(endpoint);
}
function placeholders(text) {
  return namesIn(endpointPieces(text));
}
function namesIn(pieces) {
  const names = [];
  for (let i = 1; i < pieces.length; i += 2) names.push(pieces[i]);
  return names;
}
function endpointPieces(text) {
  const pieces = [];
  let from = 0;
  let at2 = text.indexOf('{');
  while (at2 !== -1) {
    const end = text.indexOf('}', at2);
    if (end === -1) break;
    pieces.push(text.slice(from, at2), text.slice(at2 + 1, end));
    from = end + 1;
    at2 = text.indexOf('{', from);
  }
  pieces.push(text.slice(from));
  return pieces;
}
function decideRoute(hit, route) {
  const granted = grantedPurposes2(hit, route);
  const missing = [];
  for (const purpose of route.purposes) {
    if (granted === undefined || granted.indexOf(purpose) === -1) missing.push(purpose);
  }
  let reason = 'all needed purposes granted';
  if (granted === undefined) reason = 'no consent signal for this vendor';
  else if (missing.length > 0) reason = 'purposes not granted: ' + missing.join(',');
  return {
    route: route,
    granted: granted === undefined ? [] : granted,
    permitted: missing.length === 0,
    reason: reason
  };
}
function grantedPurposes2(hit, route) {
  let granted = undefined;
  if (hit.ct !== undefined) granted = ctPurposesFor(hit.ct, route.vendorId);
  if (granted !== undefined && granted.length === 0) return granted;
  if (hit.tcString !== undefined) {
    const fromTc = tcPurposes(hit, route);
    granted = granted === undefined ? fromTc : intersect(granted, fromTc);
  }
  return granted;
}
function tcPurposes(hit, route) {
  if (hit.tcString === undefined || hit.gdprApplies !== true) return [];
  const bits = hit.tcBits[vendorKey(route.vendorId)];
  if (bits !== undefined) return purposesFromBits(bits, hit.gdprApplies, needsOf(route), 'declared');
  const purposes = tcStringPurposesFor(hit.tcString.text, route.vendorId, hit.gdprApplies, needsOf(route), 'declared');
  return purposes.ok ? purposes.value : [];
}
function scanRoutedVendors(hit, routes) {
  if (hit.tcString === undefined || hit.gdprApplies !== true || routes.length === 0) return;
  const vendorIds = [];
  for (const route of routes) vendorIds.push(route.vendorId);
  const all = scanVendorsBits(hit.tcString.text, vendorIds);
  if (all === undefined) return;
  for (let k = 0; k < vendorIds.length; k++) hit.tcBits[vendorKey(vendorIds[k])] = all[k];
}
function needsOf(route) {
  if (route.legalBasis === 'consent') return { purposes: route.purposes, legIntPurposes: [], flexiblePurposes: [], specialFeatures: [] };
  const purposes = [];
  const legIntPurposes = [];
  for (const purpose of route.purposes) {
    if (liAllowed(purpose)) legIntPurposes.push(purpose);
    else purposes.push(purpose);
  }
  return { purposes: purposes, legIntPurposes: legIntPurposes, flexiblePurposes: [], specialFeatures: [] };
}
function liAllowed(purpose) {
  for (const entry of PURPOSES) {
    if (entry.id === purpose) return entry.legitimateInterestAllowed;
  }
  return false;
}
function purposeOf(cell) {
  for (const entry of PURPOSES) {
    if ('' + entry.id === cell) return entry.id;
  }
  return undefined;
}
function fieldOf(cell) {
  for (const parameter of HIT_PARAMETERS) {
    if (parameter.name === cell) return parameter.name;
  }
  return undefined;
}
function intersect(a, b) {
  const out = [];
  for (const value of a) {
    if (b.indexOf(value) !== -1) out.push(value);
  }
  return out;
}
function splitList(cell) {
  const out = [];
  for (const part of cell.split(',')) {
    const value = trim(part);
    if (value !== '') out.push(value);
  }
  return out;
}
function trim(value) {
  return value.trim();
}
const SOURCES = ['cookie', 'query', 'body'];
const NAME_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';
const DIGITS = '0123456789';
const DAY_MS = 86400000;
const MAX_IDENTIFIER_LENGTH = 256;
const MAX_TIMESTAMP_DIGITS = 15;
const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;
const CONSENT_COOKIE_LIFETIME_MS = 28 * DAY_MS;
function parseIdentifierRule(row) {
  const name = row.name.trim();
  const label = 'identifier ' + (name === '' ? '(no name)' : name);
  if (name === '' || !onlyCharacters(name, NAME_CHARACTERS)) return clientFailure('bad-rule', label + ': the name is not A-Z a-z 0-9 . _ -');
  for (const parameter of HIT_PARAMETERS) {
    if (parameter.name === name) return clientFailure('bad-rule', label + ': the name is a hit parameter');
  }
  const source = sourceOf(row.source);
  if (source === undefined) return clientFailure('bad-rule', label + ': the source is not cookie, query or body');
  const key = row.key.trim();
  if (key === '') return clientFailure('bad-rule', label + ': no key');
  const vendors = [];
  for (const cell of splitList(row.vendors)) {
    const vendorId = makeInteger(cell);
    if (!(vendorId >= 1) || '' + vendorId !== cell) return clientFailure('bad-rule', label + ': "' + cell + '" is not a GVL vendor id');
    if (vendors.indexOf(vendorId) === -1) vendors.push(vendorId);
  }
  if (vendors.length === 0) return clientFailure('bad-rule', label + ': no vendors');
  const purposes = [];
  for (const cell of splitList(row.purposes)) {
    const purpose = purposeOf(cell);
    if (purpose === undefined) return clientFailure('bad-rule', label + ': "' + cell + '" is not a TCF purpose (1-11)');
    if (purposes.indexOf(purpose) === -1) purposes.push(purpose);
  }
  if (purposes.length === 0) return clientFailure('bad-rule', label + ': no purposes needed; a rule must name at least one');
  const customCell = row.customPurpose === undefined ? '' : row.customPurpose.trim();
  const customPurpose = customCell === '' ? 0 : makeInteger(customCell);
  if (customCell !== '' && (!(customPurpose >= 1) || '' + customPurpose !== customCell)) {
    return clientFailure('bad-rule', label + ': the custom purpose is not a positive integer');
  }
  const validFrom = row.validFrom.trim();
  const validFromMs = dateMs(validFrom);
  if (validFromMs === undefined) return clientFailure('bad-rule', label + ': the valid-from date "' + validFrom + '" is not a date YYYY-MM-DD');
  return success({
    name: name,
    source: source,
    key: key,
    vendors: vendors,
    purposes: purposes,
    customPurpose: customPurpose,
    validFrom: validFrom,
    validFromMs: validFromMs
  });
}
function decideIdentifier(rule, hit, route, value, now) {
  if (value === undefined || value === '') return stripped(rule, 'no value in ' + rule.source + ' ' + rule.key);
  if (value.length > MAX_IDENTIFIER_LENGTH || !onlyCharacters(value, NAME_CHARACTERS)) {
    return stripped(rule, 'the value in ' + rule.source + ' ' + rule.key + ' is malformed');
  }
  const granted = grantedPurposes2(hit, { vendorId: route.vendorId, purposes: rule.purposes, legalBasis: 'consent' });
  if (granted === undefined) return stripped(rule, 'no consent signal for this vendor');
  const missing = [];
  for (const purpose of rule.purposes) {
    if (granted.indexOf(purpose) === -1) missing.push(purpose);
  }
  if (missing.length > 0) return stripped(rule, 'purposes not granted: ' + missing.join(','));
  if (rule.customPurpose !== 0) {
    const custom = customPurposeProblem(hit, rule.customPurpose);
    if (custom !== '') return stripped(rule, custom);
  }
  const decided = decisionTime(hit, now);
  if (!decided.ok) return stripped(rule, decided.error.message);
  if (decided.value < rule.validFromMs) {
    return stripped(rule, 'the decision (' + dateOf(decided.value) + ') predates the rule (valid from ' + rule.validFrom + ')');
  }
  return {
    rule: rule,
    attached: true,
    reason: 'all requirements hold (decision ' + dateOf(decided.value) + ')'
  };
}
function customPurposeProblem(hit, id) {
  if (hit.tcString === undefined) return 'custom purpose ' + id + ' not granted: no TC string';
  if (hit.tcString.segments.indexOf('publisherTC') === -1) return 'custom purpose ' + id + ' not granted: the TC string has no publisher TC segment';
  if (hit.gdprApplies !== true) return 'custom purpose ' + id + ' not granted: GDPR applicability is not 1';
  if (hit.tcString.publisherCustomConsents.indexOf(id) === -1) return 'custom purpose ' + id + ' not granted';
  return '';
}
function decisionTime(hit, now) {
  if (hit.tcString !== undefined) return success(hit.tcString.lastUpdated);
  const cts = hit.values.cts;
  if (cts === undefined) return clientFailure('bad-rule', 'decision age unknown (no TC string, no cts)');
  if (cts.length > MAX_TIMESTAMP_DIGITS || !onlyCharacters(cts, DIGITS)) return clientFailure('bad-rule', 'rule skipped: cts is not a timestamp in ms');
  let ms = 0;
  for (let i = 0; i < cts.length; i++) ms = ms * 10 + DIGITS.indexOf(cts.charAt(i));
  if (ms > now + MAX_CLOCK_SKEW_MS) return clientFailure('bad-rule', 'decision age unknown: cts is ahead of the server clock by more than 10 minutes');
  if (ms < now - CONSENT_COOKIE_LIFETIME_MS - MAX_CLOCK_SKEW_MS) {
    return clientFailure('bad-rule', 'decision age unknown: cts is older than the consent cookie\'s 4-week lifetime');
  }
  return success(ms);
}
function identifierValue(rule, read) {
  const value = read(rule.source, rule.key);
  return typeof value === 'string' ? value : undefined;
}
function stripped(rule, reason) {
  return { rule: rule, attached: false, reason: reason };
}
function sourceOf(cell) {
  for (const source of SOURCES) {
    if (source === cell) return source;
  }
  return undefined;
}
function onlyCharacters(value, allowed) {
  if (value === '') return false;
  for (let i = 0; i < value.length; i++) {
    if (allowed.indexOf(value.charAt(i)) === -1) return false;
  }
  return true;
}
function dateMs(text) {
  if (text.length !== 10 || text.charAt(4) !== '-' || text.charAt(7) !== '-') return undefined;
  const digits = text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10);
  if (!onlyCharacters(digits, DIGITS)) return undefined;
  const year = makeInteger(text.slice(0, 4));
  const month = makeInteger(text.slice(5, 7));
  const day = makeInteger(text.slice(8, 10));
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS;
}
function dateOf(ms) {
  const days = floor(ms / DAY_MS);
  const z = days + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor((dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2);
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function floor(value) {
  const fraction = value % 1;
  return fraction < 0 ? value - fraction - 1 : value - fraction;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function pad(value, width) {
  let text = '' + value;
  while (text.length < width) text = '0' + text;
  return text;
}
function parseLink(row, identifierNames) {
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
function linkEvent(link, attached) {
  const missing = [];
  if (attached[link.first] === undefined) missing.push(link.first);
  if (attached[link.second] === undefined) missing.push(link.second);
  if (missing.length > 0) return clientFailure('bad-rule', 'not attached for this vendor: ' + missing.join(', '));
  const body = { event: 'link' };
  body[link.first] = attached[link.first];
  body[link.second] = attached[link.second];
  return success({
    url: link.endpoint,
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' }
  });
}
const NO_CONTENT = 204;
const BAD_REQUEST = 400;
function respond(answer, origin, allowedOrigins) {
  if (origin !== undefined && allowedOrigins.indexOf(origin) !== -1) {
    setResponseHeader('access-control-allow-origin', origin);
    setResponseHeader('vary', 'Origin');
    if (answer.kind === 'preflight') {
      setResponseHeader('access-control-allow-methods', 'GET, POST');
      setResponseHeader('access-control-allow-headers', 'content-type');
      setResponseHeader('access-control-max-age', '86400');
    }
  }
  if (answer.kind === 'refused') {
    setResponseStatus(BAD_REQUEST);
    setResponseHeader('content-type', 'text/plain; charset=utf-8');
    setResponseHeader('x-content-type-options', 'nosniff');
    setResponseBody('bad request: ' + answer.reason);
  } else if (answer.kind === 'accepted' && answer.responseType === 'pixel') {
    setPixelResponse();
  } else {
    setResponseStatus(NO_CONTENT);
  }
  returnResponse();
}
const DEFAULT_PATH = '/iom';
const DEFAULT_TIMEOUT = 2000;
const MAX_TIMEOUT = 30000;
const CLAIMED_METHODS = ['GET', 'POST', 'OPTIONS'];
const EVENT_NAME = 'iom_hit';
const CONFIG_KEY = 'iom_client_config ';
const CONFIG_FORMAT = 3;
const NO_IDENTIFIERS = {};
var debugMode = false;
const path = data.path === undefined || data.path === '' ? DEFAULT_PATH : data.path;
const method = getRequestMethod();
if (getRequestPath() === path && CLAIMED_METHODS.indexOf(method) !== -1) {
  claimRequest();
  handleRequest();
}
function handleRequest() {
  debugMode = getContainerVersion().debugMode === true;
  const allowedOrigins = splitList(data.allowedOrigins === undefined ? '' : data.allowedOrigins);
  const origin = allowedOrigins.length === 0 ? undefined : getRequestHeader('origin');
  if (method === 'OPTIONS') {
    respond({ kind: 'preflight' }, origin, allowedOrigins);
    return;
  }
  const raw = rawHits(method, method === 'GET' ? queryHit() : {}, method === 'POST' ? getRequestBody() : undefined);
  const hits = raw.ok ? parseHits(raw.value) : raw;
  if (!hits.ok) {
    if (debugMode) debug('refused: ' + hits.error.message);
    respond({ kind: 'refused', reason: hits.error.message }, origin, allowedOrigins);
    return;
  }
  respond({ kind: 'accepted', responseType: responseTypeOf(data.responseType) }, origin, allowedOrigins);
  const config = configuration();
  const routes = config.routes;
  const rules = config.rules;
  const links = config.links;
  if (debugMode) {
    for (const message of config.skipped) debug(message);
  }
  const timeout = timeoutOf(data.timeout);
  const now = rules.length === 0 ? 0 : getTimestampMillis();
  const forwards = [];
  for (let i = 0; i < hits.value.length; i++) {
    const hit = hits.value[i];
    scanRoutedVendors(hit, routes);
    const decisions = [];
    const attachedByVendor = {};
    for (const route of routes) {
      const decision = decideRoute(hit, route);
      decisions.push(decision);
      if (debugMode) {
        debug('hit ' + (i + 1) + ': ' + route.label + ' (' + route.vendorId + ') ' + (decision.permitted ? 'forwarded' : 'not forwarded') + ': ' + decision.reason + '; granted [' + decision.granted.join(',') + ']');
      }
      if (decision.permitted) {
        const identifiers = rules.length === 0 ? NO_IDENTIFIERS : attachedIdentifiers(i, hit, route, rules, raw.ok ? raw.value[i] : {}, now);
        forwards.push({ label: route.label, forward: buildForward(route, hit, identifiers) });
        if (rules.length > 0) {
          const key = vendorKey(route.vendorId);
          if (attachedByVendor[key] === undefined) attachedByVendor[key] = {};
          for (const name in identifiers) attachedByVendor[key][name] = identifiers[name];
        }
      } else if (debugMode) {
        for (const rule of rules) {
          if (rule.vendors.indexOf(route.vendorId) !== -1) auditIdentifier(i, route, rule.name, 'stripped', 'the hit is not forwarded to this vendor');
        }
      }
    }
    for (const link of links) {
      const attached = attachedByVendor[vendorKey(link.vendorId)];
      const event = linkEvent(link, attached === undefined ? {} : attached);
      if (debugMode) {
        debug('hit ' + (i + 1) + ': link ' + link.label + ' (' + link.vendorId + ') ' + (event.ok ? 'sent: ' + link.first + ', ' + link.second + ' both attached' : 'not sent: ' + event.error.message));
      }
      if (event.ok) forwards.push({ label: link.label, forward: event.value });
    }
    runContainer(eventOf(hit, decisions));
  }
  for (const entry of forwards) sendForward(entry.label, entry.forward, timeout, debugMode ? logOutcome : undefined);
}
function attachedIdentifiers(index, hit, route, rules, rawHit, now) {
  const attached = {};
  for (const rule of rules) {
    if (rule.vendors.indexOf(route.vendorId) === -1) continue;
    const value = identifierValue(rule, (source, key) => readIdentifier(source, key, rawHit));
    const decision = decideIdentifier(rule, hit, route, value, now);
    if (debugMode) auditIdentifier(index, route, rule.name, decision.attached ? 'attached' : 'stripped', decision.reason);
    if (decision.attached && value !== undefined) attached[rule.name] = value;
  }
  return attached;
}
function readIdentifier(source, key, rawHit) {
  if (source === 'cookie') {
    const values = getCookieValues(key);
    return values.length === 0 ? undefined : values[0];
  }
  if (source === 'query') return getRequestQueryParameter(key);
  return method === 'POST' ? rawHit[key] : undefined;
}
function auditIdentifier(index, route, name, outcome, reason) {
  debug('hit ' + (index + 1) + ': ' + route.label + ' (' + route.vendorId + ') identifier ' + name + ' ' + outcome + ' by rule ' + name + ': ' + reason);
}
function configuration() {
  const cells = {
    format: CONFIG_FORMAT,
    useDefaultRoutes: data.useDefaultRoutes,
    infonlineEndpoint: data.infonlineEndpoint,
    agofEndpoint: data.agofEndpoint,
    routes: data.routes,
    identifiers: data.identifiers,
    linkEvents: data.linkEvents
  };
  const stored = templateDataStorage.getItemCopy(CONFIG_KEY + path);
  if (stored !== null && stored !== undefined && sameCells(stored.cells, cells)) return stored.config;
  const skipped = [];
  const routes = configuredRoutes(skipped);
  const rules = configuredRules(skipped);
  const config = { routes: routes, rules: rules, links: configuredLinks(rules, skipped), skipped: skipped };
  templateDataStorage.setItemCopy(CONFIG_KEY + path, { cells: cells, config: config });
  return config;
}
function sameCells(stored, cells) {
  return stored !== undefined && stored !== null && stored.format === cells.format && stored.useDefaultRoutes === cells.useDefaultRoutes && stored.infonlineEndpoint === cells.infonlineEndpoint && stored.agofEndpoint === cells.agofEndpoint && sameTable(stored.routes, cells.routes) && sameTable(stored.identifiers, cells.identifiers) && sameTable(stored.linkEvents, cells.linkEvents);
}
function sameTable(stored, table) {
  if (stored === undefined || table === undefined) return stored === table;
  if (stored.length !== table.length) return false;
  for (let i = 0; i < table.length; i++) {
    const storedRow = stored[i];
    const row = table[i];
    let columns = 0;
    for (const column in row) {
      if (storedRow[column] !== row[column]) return false;
      columns++;
    }
    for (const _column in storedRow) columns--;
    if (columns !== 0) return false;
  }
  return true;
}
function configuredRules(skipped) {
  const rules = [];
  const table = data.identifiers === undefined ? [] : data.identifiers;
  for (const row of table) {
    const rule = parseIdentifierRule(row);
    if (rule.ok) rules.push(rule.value);
    else skipped.push('identifier rule skipped: ' + rule.error.message);
  }
  return rules;
}
function configuredLinks(rules, skipped) {
  const names = [];
  for (const rule of rules) names.push(rule.name);
  const links = [];
  const table = data.linkEvents === undefined ? [] : data.linkEvents;
  for (const row of table) {
    const link = parseLink(row, names);
    if (link.ok) links.push(link.value);
    else skipped.push('link event skipped: ' + link.error.message);
  }
  return links;
}
function queryHit() {
  const hit = {};
  for (const parameter of HIT_PARAMETERS) hit[parameter.name] = getRequestQueryParameter(parameter.name);
  return hit;
}
function configuredRoutes(skipped) {
  const rows = [];
  if (data.useDefaultRoutes !== false) {
    for (const entry of DEFAULT_ROUTES) {
      const endpoint = data[entry.endpointField];
      if (endpoint === undefined || endpoint === '') continue;
      rows.push({
        label: entry.label,
        vendorId: '' + entry.vendorId,
        purposes: registeredPurposes(entry.vendorId),
        legalBasis: 'consent',
        endpoint: endpoint,
        method: 'GET',
        fields: entry.fields.join(',')
      });
    }
  }
  const table = data.routes === undefined ? [] : data.routes;
  for (const row of table) rows.push(row);
  const routes = [];
  for (const row of rows) {
    const route = parseRoute(row);
    if (route.ok) routes.push(route.value);
    else skipped.push('route skipped: ' + route.error.message);
  }
  return routes;
}
function eventOf(hit, decisions) {
  const event = { event_name: EVENT_NAME };
  for (const name in hit.values) event[name] = hit.values[name];
  const consent = {};
  for (const decision of decisions) {
    consent['' + decision.route.vendorId] = {
      label: decision.route.label,
      purposes_needed: decision.route.purposes,
      purposes_granted: decision.granted,
      forwarded: decision.permitted
    };
  }
  event.consent_per_vendor = consent;
  return event;
}
function timeoutOf(value) {
  const timeout = makeInteger(value);
  return timeout >= 1 && timeout <= MAX_TIMEOUT ? timeout : DEFAULT_TIMEOUT;
}
function responseTypeOf(value) {
  return value === 'pixel' ? 'pixel' : 'noContent';
}
function logOutcome(outcome) {
  debug('forward to ' + outcome.label + ': ' + outcome.status + (outcome.statusCode === 0 ? '' : ' ' + outcome.statusCode));
}
function debug(message) {
  if (debugMode) logToConsole('iom client: ' + message);
}


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "read_request",
        "versionId": "1"
      },
      "param": [
        {
          "key": "requestAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "pathAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "bodyAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "headersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "queryParametersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "headerAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "headerWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "origin"
                  }
                ]
              }
            ]
          }
        },
        {
          "key": "queryParameterAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "queryParameterWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "st"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "cp"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "co"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ct"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "sv"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "gdpr"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "gdpr_consent"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "url"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ref"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "uid"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "cts"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "crm_id"
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
        "publicId": "access_response",
        "versionId": "1"
      },
      "param": [
        {
          "key": "writeResponseAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "writeStatusAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeBodyAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeHeadersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeHeaderAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "writeHeaderWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-allow-origin"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-allow-methods"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-allow-headers"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-max-age"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "vary"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "content-type"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "x-content-type-options"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "cache-control"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "expires"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "pragma"
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
        "publicId": "return_response",
        "versionId": "1"
      }
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
                "string": "_ga"
              },
              {
                "type": 1,
                "string": "hubspotutk"
              },
              {
                "type": 1,
                "string": "_clck"
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
        "publicId": "run_container",
        "versionId": "1"
      }
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "send_http",
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
                "string": "https://de.ioam.de/"
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
        "publicId": "access_template_storage",
        "versionId": "1"
      }
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_container_data",
        "versionId": "1"
      }
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
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
  }
]


___TESTS___

scenarios:
- name: Configuration - parsed once, kept in templateDataStorage between requests, parsed again when a cell changes
  code: |-
    const storage = require('templateDataStorage');
    const KEY = 'iom_client_config /iom';
    function stored() {
      return storage.getItemCopy(KEY);
    }
    function storedLabels() {
      const labels = [];
      for (const route of stored().config.routes) labels.push(route.label);
      return labels;
    }
    function markKeptCrm() {
      const kept = stored();
      kept.config.routes[2].pieces = ['https://de.ioam.de/crm-from-storage'];
      storage.setItemCopy(KEY, kept);
    }
    const crm = mockData.routes[0];
    function crmWith(column, value) {
      const row = {};
      for (const key in crm) row[key] = crm[key];
      row[column] = value;
      return row;
    }
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcAll }, undefined);
    runCode(mockData);
    assertThat(storedLabels()).isEqualTo(['INFOnline', 'agof', 'CRM']);
    markKeptCrm();
    runCode(dataWith({}));
    markKeptCrm();
    runCode(dataWith({ routes: [crmWith('endpoint', 'https://de.ioam.de/crm-2')] }));
    markKeptCrm();
    const widened = crmWith('endpoint', 'https://de.ioam.de/crm-2');
    widened.note = '';
    runCode(dataWith({ routes: [widened] }));
    markKeptCrm();
    runCode(dataWith({ routes: [crmWith('endpoint', 'https://de.ioam.de/crm-2')] }));
    storage.setItemCopy(KEY, { raw: '[2,true]', config: { routes: [], rules: [], links: [], skipped: [] } });
    runCode(dataWith({ routes: [widened] }));
    runCode(dataWith({ agofEndpoint: '', routes: [] }));
    assertThat(storedLabels()).isEqualTo(['INFOnline']);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm', 'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-from-storage', 'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2', 'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2', 'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2', 'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2', 'https://de.ioam.de/tx.io?st=demo']);
- name: Hit from an allowed origin - CORS headers name that origin
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo' }, undefined);
    runCode(mockData);
    assertApi('setResponseHeader').wasCalledWith('access-control-allow-origin', 'https://www.example.com');
    assertApi('setResponseHeader').wasCalledWith('vary', 'Origin');
    assertApi('setResponseHeader').wasNotCalledWith('access-control-allow-methods', 'GET, POST');
- name: No origins listed - the Origin header is not read and no CORS headers are sent
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll }, undefined);
    mock('getRequestHeader', name => name === 'origin' ? 'https://www.example.com' : undefined);
    runCode(dataWith({ allowedOrigins: '' }));
    assertApi('getRequestHeader').wasNotCalled();
    assertApi('setResponseHeader').wasNotCalled();
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
- name: Hit from an origin not listed - answered without CORS headers
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll }, undefined);
    mock('getRequestHeader', name => name === 'origin' ? 'https://evil.example' : undefined);
    runCode(mockData);
    assertApi('setResponseHeader').wasNotCalled();
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
- name: ct granting nothing - nothing forwarded
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctNone }, undefined);
    runCode(mockData);
    assertThat(sent).isEmpty();
    assertApi('setResponseStatus').wasCalledWith(204);
- name: ct only - INFOnline gets the hit, agof (no purposes) and the CRM (not in ct) do not
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctInfonlineOnly }, undefined);
    runCode(mockData);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810000']);
- name: 'ct in upper case (FF, other CMP) - read as in lower case: INFOnline and agof get their purposes, the ct goes on as sent'
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: 'FF00810141' }, undefined);
    runCode(mockData);
    assertThat(sent).isEqualTo([
      {
        url: 'https://de.ioam.de/tx.io?st=demo&ct=FF00810141',
        method: 'GET',
        timeout: 2000,
        body: undefined
      },
      { url: 'https://de.ioam.de/agof/demo?ct=FF00810141', method: 'GET', timeout: 2000, body: undefined }
    ]);
    assertApi('setResponseStatus').wasCalledWith(204);
- name: Configured path - claims it and leaves /iom alone
  code: |-
    answerHttp(200);
    mock('getRequestMethod', 'GET');
    mock('getRequestQueryParameter', name => name === 'st' ? 'demo' : undefined);
    const data = dataWith({ path: '/measure' });
    mock('getRequestPath', '/iom');
    runCode(data);
    assertApi('claimRequest').wasNotCalled();
    mock('getRequestPath', '/measure');
    runCode(data);
    assertApi('claimRequest').wasCalled();
    assertApi('returnResponse').wasCalled();
- name: Debug mode - each routing decision is logged
  code: |-
    answerHttp(200);
    mock('getContainerVersion', {
      containerId: 'GTM-TEST',
      debugMode: true,
      environmentName: '',
      environmentMode: false,
      previewMode: true,
      version: '1'
    });
    request('GET', { st: 'demo', ct: ctInfonlineOnly }, undefined);
    runCode(mockData);
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) forwarded: all needed purposes granted; granted [1,8]');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: agof (785) not forwarded: purposes not granted: 1,7,9; granted []');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) not forwarded: no consent signal for this vendor; granted []');
    assertApi('logToConsole').wasCalledWith('iom client: forward to INFOnline: sent 200');
- name: Debug mode - a refused hit is logged with its reason
  code: |-
    answerHttp(200);
    mock('getContainerVersion', {
      containerId: 'GTM-TEST',
      debugMode: true,
      environmentName: '',
      environmentMode: false,
      previewMode: true,
      version: '1'
    });
    request('GET', { cp: 'home' }, undefined);
    runCode(mockData);
    assertApi('logToConsole').wasCalledWith('iom client: refused: st is missing');
- name: Empty path field - claims /iom
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo' }, undefined);
    const data = dataWith({ path: '' });
    runCode(data);
    assertApi('claimRequest').wasCalled();
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
- name: Default routes off - only the routing table is used
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcAll }, undefined);
    const data = dataWith({ useDefaultRoutes: false });
    runCode(data);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
- name: Empty agof endpoint - the agof route is off
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll }, undefined);
    const data = dataWith({ agofEndpoint: '' });
    runCode(data);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810141']);
- name: runContainer gets the hit and the consent per vendor
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo', cp: 'home', ct: ctInfonlineOnly }, undefined);
    runCode(mockData);
    assertApi('runContainer').wasCalledWith({
      event_name: 'iom_hit',
      st: 'demo',
      cp: 'home',
      ct: '0100810000',
      consent_per_vendor: {
        '730': { label: 'INFOnline', purposes_needed: [1, 8], purposes_granted: [1, 8], forwarded: true },
        '785': { label: 'agof', purposes_needed: [1, 7, 9], purposes_granted: [], forwarded: false },
        '4242': { label: 'CRM', purposes_needed: [1], purposes_granted: [], forwarded: false }
      }
    });
- name: GET with full consent - each vendor gets only its own fields
  code: |-
    const sent = answerHttp(200);
    request('GET', {
      st: 'demo',
      cp: 'home',
      co: 'x',
      ct: ctAll,
      gdpr: '1',
      gdpr_consent: tcAll,
      sv: 'i2',
      uid: 'u-1',
      url: 'https://www.example.com/a?b=1'
    }, undefined);
    runCode(mockData);
    assertThat(sent).isEqualTo([
      {
        url: 'https://de.ioam.de/tx.io?st=demo&cp=home&co=x&sv=i2&ct=0100810141&url=https%3A%2F%2Fwww.example.com%2Fa%3Fb%3D1',
        method: 'GET',
        timeout: 2000,
        body: undefined
      },
      {
        url: 'https://de.ioam.de/agof/demo?cp=home&sv=i2&ct=0100810141',
        method: 'GET',
        timeout: 2000,
        body: undefined
      },
      { url: 'https://de.ioam.de/crm', method: 'POST', timeout: 2000, body: '{"st":"demo","uid":"u-1"}' }
    ]);
    assertApi('claimRequest').wasCalled();
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
- name: Identity - every requirement holds - each vendor gets the identifiers its rules allow, and only those
  code: |-
    const sent = answerHttp(200);
    linkedVisitor(tcLinkAll);
    runCode(identityData);
    assertThat(forwards(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo ', 'https://de.ioam.de/crm {"st":"demo","ga_id":"GA1.1.111.222"}', 'https://de.ioam.de/analytics?st=demo&crm_id=C-42 ', 'https://de.ioam.de/rec?st=demo&rec_id=rec77 ']);
- name: Identity - debug audit - per hit and vendor, each identifier attached or stripped with the rule and reason
  code: |-
    answerHttp(200);
    debugMode();
    linkedVisitor(tcLinkOld);
    runCode(identityData);
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) identifier ga_id attached by rule ga_id: all requirements hold (decision 2025-06-01)');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: Analytics (4243) identifier crm_id stripped by rule crm_id: the decision (2025-06-01) predates the rule (valid from 2026-02-01)');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: Recording (4244) identifier rec_id stripped by rule rec_id: the decision (2025-06-01) predates the rule (valid from 2026-02-01)');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) identifier panel_id stripped by rule panel_id: no value in query crm_id');
- name: Identity - rules with a malformed valid-from date or other bad cells are skipped and logged; good rules still apply
  code: |-
    const sent = answerHttp(200);
    debugMode();
    linkedVisitor(tcLinkAll);
    const bad = [
      {
        row: { validFrom: '2026-02-30' },
        log: 'identifier x_id: the valid-from date "2026-02-30" is not a date YYYY-MM-DD'
      },
      {
        row: { validFrom: '2026-2-1' },
        log: 'identifier x_id: the valid-from date "2026-2-1" is not a date YYYY-MM-DD'
      },
      { row: { validFrom: '' }, log: 'identifier x_id: the valid-from date "" is not a date YYYY-MM-DD' },
      { row: { purposes: '12' }, log: 'identifier x_id: "12" is not a TCF purpose (1-11)' },
      {
        row: { customPurpose: 'rec' },
        log: 'identifier x_id: the custom purpose is not a positive integer'
      },
      { row: { vendors: '' }, log: 'identifier x_id: no vendors' },
      { row: { source: 'header' }, log: 'identifier x_id: the source is not cookie, query or body' },
      { row: { name: 'uid' }, log: 'identifier uid: the name is a hit parameter' }
    ];
    const rows = [];
    for (const entry of bad) {
      const row = {
        name: 'x_id',
        source: 'cookie',
        key: '_ga',
        vendors: '4243',
        purposes: '1',
        customPurpose: '',
        validFrom: '2020-01-01'
      };
      for (const cell in entry.row) row[cell] = entry.row[cell];
      rows.push(row);
    }
    const data = dataWith({
      routes: identityData.routes,
      agofEndpoint: '',
      identifiers: rows.concat(identityData.identifiers)
    });
    runCode(data);
    for (const entry of bad) assertApi('logToConsole').wasCalledWith('iom client: identifier rule skipped: ' + entry.log);
    assertThat(forwards(sent)[2]).isEqualTo('https://de.ioam.de/analytics?st=demo&crm_id=C-42 ');
- name: Identity - ct without a TC string - the decision age comes from cts; old, missing or malformed cts strips
  code: |-
    const cases = [
      {
        cts: '1772323200000',
        url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1772323200000&panel_id=P-1',
        log: 'attached by rule panel_id: all requirements hold (decision 2026-03-01)'
      },
      {
        cts: '1769904000000',
        url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1769904000000&panel_id=P-1',
        log: 'attached by rule panel_id: all requirements hold (decision 2026-02-01)'
      },
      {
        cts: '1769903999999',
        url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1769903999999',
        log: 'stripped by rule panel_id: the decision (2026-01-31) predates the rule (valid from 2026-02-01)'
      },
      {
        cts: undefined,
        url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000',
        log: 'stripped by rule panel_id: decision age unknown (no TC string, no cts)'
      },
      {
        cts: '2026-03-01',
        url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=2026-03-01',
        log: 'stripped by rule panel_id: rule skipped: cts is not a timestamp in ms'
      },
      {
        cts: '1234567890123456',
        url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1234567890123456',
        log: 'stripped by rule panel_id: rule skipped: cts is not a timestamp in ms'
      }
    ];
    const sent = answerHttp(200);
    mock('getTimestampMillis', 1772323500000);
    debugMode();
    cookies({});
    const data = dataWith({
      useDefaultRoutes: false,
      routes: [
        {
          label: 'INFOnline',
          vendorId: '730',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/tx.io',
          method: 'GET',
          fields: 'st,ct,cts'
        }
      ],
      identifiers: identityData.identifiers
    });
    for (const entry of cases) {
      const query = { st: 'demo', ct: ctInfonlineOnly, crm_id: 'P-1' };
      if (entry.cts !== undefined) query.cts = entry.cts;
      request('GET', query, undefined);
      runCode(data);
      assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) identifier panel_id ' + entry.log);
    }
    const expected = [];
    for (const entry of cases) expected.push(entry.url);
    assertThat(urls(sent)).isEqualTo(expected);
- name: Identity - a cts ahead of the server clock beyond 10 minutes, or older than the cookie's 4 weeks, is decision age unknown
  code: |-
    const NOW = 1772323500000;
    const MINUTES_10 = 600000;
    const WEEKS_4 = 2419200000;
    const cases = [
      {
        cts: NOW + MINUTES_10,
        attached: true,
        log: 'attached by rule panel_id: all requirements hold (decision 2026-03-01)'
      },
      {
        cts: NOW + MINUTES_10 + 1,
        attached: false,
        log: 'stripped by rule panel_id: decision age unknown: cts is ahead of the server clock by more than 10 minutes'
      },
      {
        cts: NOW + 365 * 86400000,
        attached: false,
        log: 'stripped by rule panel_id: decision age unknown: cts is ahead of the server clock by more than 10 minutes'
      },
      {
        cts: NOW - WEEKS_4 - MINUTES_10,
        attached: false,
        log: 'stripped by rule panel_id: the decision (2026-01-31) predates the rule (valid from 2026-02-01)'
      },
      {
        cts: NOW - WEEKS_4 - MINUTES_10 - 1,
        attached: false,
        log: 'stripped by rule panel_id: decision age unknown: cts is older than the consent cookie\'s 4-week lifetime'
      },
      {
        cts: 0,
        attached: false,
        log: 'stripped by rule panel_id: decision age unknown: cts is older than the consent cookie\'s 4-week lifetime'
      }
    ];
    const sent = answerHttp(200);
    mock('getTimestampMillis', NOW);
    debugMode();
    cookies({});
    const data = dataWith({
      useDefaultRoutes: false,
      routes: [
        {
          label: 'INFOnline',
          vendorId: '730',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/tx.io',
          method: 'GET',
          fields: 'st,cts'
        }
      ],
      identifiers: identityData.identifiers
    });
    const expected = [];
    for (const entry of cases) {
      request('GET', { st: 'demo', ct: ctInfonlineOnly, crm_id: 'P-1', cts: '' + entry.cts }, undefined);
      runCode(data);
      assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) identifier panel_id ' + entry.log);
      expected.push('https://de.ioam.de/tx.io?st=demo&cts=' + entry.cts + (entry.attached ? '&panel_id=P-1' : ''));
    }
    assertThat(urls(sent)).isEqualTo(expected);
- name: Identity - publisher segment without the custom purpose - the recording id stripped
  code: |-
    const sent = answerHttp(200);
    debugMode();
    linkedVisitor(tcLinkNoCustom);
    runCode(identityData);
    assertThat(forwards(sent)[3]).isEqualTo('https://de.ioam.de/rec?st=demo ');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: Recording (4244) identifier rec_id stripped by rule rec_id: custom purpose 1 not granted');
- name: Identity - link rows naming an unknown identifier, one identifier twice, or a placeholder endpoint are skipped
  code: |-
    const sent = answerHttp(200);
    debugMode();
    linkedVisitor(tcLinkAll);
    const data = dataWith({
      routes: identityData.routes,
      agofEndpoint: '',
      identifiers: identityData.identifiers,
      linkEvents: [
        {
          label: 'L1',
          first: 'ga_id',
          second: 'email',
          vendorId: '4242',
          endpoint: 'https://de.ioam.de/link'
        },
        {
          label: 'L2',
          first: 'ga_id',
          second: 'ga_id',
          vendorId: '4242',
          endpoint: 'https://de.ioam.de/link'
        },
        {
          label: 'L3',
          first: 'ga_id',
          second: 'crm_id',
          vendorId: '4242',
          endpoint: 'https://de.ioam.de/link/{ga_id}'
        },
        {
          label: 'L4',
          first: 'ga_id',
          second: 'crm_id',
          vendorId: 'crm',
          endpoint: 'https://de.ioam.de/link'
        }
      ]
    });
    runCode(data);
    assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L1: "email" is not an identifier rule');
    assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L2: a link needs two different identifiers');
    assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L3: the endpoint has a placeholder; a link event\'s endpoint is fixed');
    assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L4: the GVL id is not a positive integer');
    assertThat(forwards(sent).filter(line => line.indexOf('/link') !== -1)).isEqualTo([]);
- name: Identity - link events - sent to the vendor only when both identifiers of the pair were attached for it
  code: |-
    const cases = [
      {
        tcString: tcLinkAll,
        link: ['https://de.ioam.de/link {"event":"link","ga_id":"GA1.1.111.222","crm_id":"C-42"}'],
        log: 'sent: ga_id, crm_id both attached'
      },
      { tcString: tcLinkOld, link: [], log: 'not sent: not attached for this vendor: crm_id' },
      {
        tcString: tcLinkNoPurpose9,
        link: [],
        log: 'not sent: not attached for this vendor: ga_id, crm_id'
      }
    ];
    const data = dataWith({
      routes: identityData.routes,
      agofEndpoint: '',
      identifiers: [
        {
          name: 'ga_id',
          source: 'cookie',
          key: '_ga',
          vendors: '4242',
          purposes: '1,9',
          customPurpose: '',
          validFrom: '2025-01-01'
        },
        {
          name: 'crm_id',
          source: 'body',
          key: 'crm_id',
          vendors: '4242,4243',
          purposes: '1,9',
          customPurpose: '',
          validFrom: '2026-02-01'
        }
      ],
      linkEvents: [
        {
          label: 'GA-CRM',
          first: 'ga_id',
          second: 'crm_id',
          vendorId: '4242',
          endpoint: 'https://de.ioam.de/link'
        }
      ]
    });
    debugMode();
    for (const entry of cases) {
      const sent = answerHttp(200);
      linkedVisitor(entry.tcString);
      runCode(data);
      assertThat(forwards(sent).filter(line => line.indexOf('/link') !== -1)).isEqualTo(entry.link);
      assertApi('logToConsole').wasCalledWith('iom client: hit 1: link GA-CRM (4242) ' + entry.log);
    }
- name: Identity - TC string without a publisher segment - custom purposes not granted, the recording id stripped
  code: |-
    const sent = answerHttp(200);
    debugMode();
    linkedVisitor(tcLinkNoPublisherSegment);
    runCode(identityData);
    assertThat(forwards(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo ', 'https://de.ioam.de/crm {"st":"demo","ga_id":"GA1.1.111.222"}', 'https://de.ioam.de/analytics?st=demo&crm_id=C-42 ', 'https://de.ioam.de/rec?st=demo ']);
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: Recording (4244) identifier rec_id stripped by rule rec_id: custom purpose 1 not granted: the TC string has no publisher TC segment');
- name: Identity - a decision older than a rule's valid-from - that rule's identifiers stripped, older rules still apply
  code: |-
    const sent = answerHttp(200);
    linkedVisitor(tcLinkOld);
    runCode(identityData);
    assertThat(forwards(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo ', 'https://de.ioam.de/crm {"st":"demo","ga_id":"GA1.1.111.222"}', 'https://de.ioam.de/analytics?st=demo ', 'https://de.ioam.de/rec?st=demo ']);
- name: Identity - purpose 9 not granted - the linking identifiers stripped, the recording id (1, 5) still attached
  code: |-
    const sent = answerHttp(200);
    debugMode();
    linkedVisitor(tcLinkNoPurpose9);
    runCode(identityData);
    assertThat(forwards(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo ', 'https://de.ioam.de/crm {"st":"demo"}', 'https://de.ioam.de/analytics?st=demo ', 'https://de.ioam.de/rec?st=demo&rec_id=rec77 ']);
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) identifier ga_id stripped by rule ga_id: purposes not granted: 9');
- name: Identity - a vendor that does not get the hit - its identifiers stripped, nothing sent to it
  code: |-
    const sent = answerHttp(200);
    debugMode();
    request('POST', {}, '{"st":"demo","gdpr":"1","gdpr_consent":"' + tcCrmOnly + '","crm_id":"C-42"}');
    cookies({ _ga: 'GA1.1.111.222', _clck: 'rec77' });
    runCode(identityData);
    assertThat(forwards(sent)).isEqualTo(['https://de.ioam.de/crm {"st":"demo"}']);
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: Analytics (4243) identifier crm_id stripped by rule crm_id: the hit is not forwarded to this vendor');
    assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) identifier ga_id stripped by rule ga_id: purposes not granted: 9');
- name: Other methods on the path - not claimed
  code: |-
    const sent = answerHttp(200);
    request('PUT', { st: 'demo' }, undefined);
    runCode(mockData);
    assertApi('claimRequest').wasNotCalled();
    assertApi('returnResponse').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Other paths - not claimed, no response
  code: |-
    const sent = answerHttp(200);
    mock('getRequestPath', '/collect');
    mock('getRequestMethod', 'GET');
    runCode(mockData);
    assertApi('claimRequest').wasNotCalled();
    assertApi('returnResponse').wasNotCalled();
    assertThat(sent).isEmpty();
- name: A route on legitimate interest needs the vendor LI signal, not consent
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
    const data = dataWith({
      useDefaultRoutes: false,
      routes: [
        {
          label: 'Stats',
          vendorId: '4242',
          purposes: '1,8',
          legalBasis: 'legitimateInterest',
          endpoint: 'https://de.ioam.de/s',
          method: 'GET',
          fields: 'st'
        }
      ]
    });
    runCode(data);
    assertThat(sent).isEmpty();
- name: No ct and no TC string - answered, nothing forwarded, container told why
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', uid: 'u-1' }, undefined);
    runCode(mockData);
    assertThat(sent).isEmpty();
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('runContainer').wasCalled();
- name: Outside debug mode - nothing is logged
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll }, undefined);
    runCode(mockData);
    assertApi('logToConsole').wasNotCalled();
- name: Response type pixel - accepted hits get the 1x1 GIF
  code: |-
    answerHttp(200);
    request('GET', { st: 'demo' }, undefined);
    const data = dataWith({ responseType: 'pixel' });
    runCode(data);
    assertApi('setPixelResponse').wasCalled();
    assertApi('setResponseStatus').wasNotCalled();
    assertApi('returnResponse').wasCalled();
- name: Hit values are URL-encoded into placeholders and query parameters
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', cp: 'a/b?c=d&e#f', co: 'x y', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
    const data = dataWith({
      routes: [
        {
          label: 'Paths',
          vendorId: '4242',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/p/{cp}/{cp}?site={st}',
          method: 'GET',
          fields: 'st,cp,co'
        }
      ]
    });
    runCode(data);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/p/a%2Fb%3Fc%3Dd%26e%23f/a%2Fb%3Fc%3Dd%26e%23f?site=demo&co=x%20y']);
- name: POST batch - every hit routed on its own consent, one container run per hit, one response
  code: |-
    const sent = answerHttp(200);
    var responses = 0;
    mock('returnResponse', () => {
      responses = responses + 1;
    });
    request('POST', {}, '[{"st":"demo","cp":"a","ct":"' + ctAll + '"},{"st":"demo","cp":"b","ct":"' + ctInfonlineOnly + '"}]');
    runCode(mockData);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&cp=a&ct=0100810141', 'https://de.ioam.de/agof/demo?cp=a&ct=0100810141', 'https://de.ioam.de/tx.io?st=demo&cp=b&ct=0100810000']);
    assertThat(responses).isEqualTo(1);
    assertApi('runContainer').wasCalled();
- name: POST with one hit object - forwarded like a GET hit
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '{"st":"demo","cp":"news","ct":"' + ctInfonlineOnly + '"}');
    runCode(mockData);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&cp=news&ct=0100810000']);
    assertApi('setResponseStatus').wasCalledWith(204);
- name: OPTIONS from an allowed origin - 204 with CORS preflight headers, nothing forwarded
  code: |-
    const sent = answerHttp(200);
    request('OPTIONS', {}, undefined);
    runCode(mockData);
    assertApi('setResponseHeader').wasCalledWith('access-control-allow-origin', 'https://www.example.com');
    assertApi('setResponseHeader').wasCalledWith('access-control-allow-methods', 'GET, POST');
    assertApi('setResponseHeader').wasCalledWith('access-control-allow-headers', 'content-type');
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: gdpr other than 0 or 1 - 400
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '2' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: gdpr is not 0 or 1');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Referrer that is not a URL - 400
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ref: 'not a url' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: ref is not an http(s) URL');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: st with a character outside the token set - 400 without echoing it
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: '<script>' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: st has a character outside A-Z a-z 0-9 . _ -');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: sv outside the survey values - 400
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', sv: 'xx' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: sv is not one of in, i2, mo, ke, dz');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Batch with one bad hit - 400 naming the hit, nothing forwarded for the good one
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '[{"st":"demo","ct":"' + ctAll + '"},{"cp":"b"}]');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: hit 2: st is missing');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Batch holding a non-object - 400
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '[{"st":"demo"},7]');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: hit 2 is not a JSON object');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: co with a control character - 400
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', co: 'a\nb' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: co has a control character');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: ct with bits that carry nothing - 400
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: '01f0000000' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: ct is malformed (ct-reserved-bits)');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: POST with an empty batch - 400
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '[]');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: the batch is empty');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: POST without a body - 400
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: the body is empty');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Batch of 21 hits - 400, the bound is 20
  code: |-
    const sent = answerHttp(200);
    const hits = [];
    for (let i = 0; i < 21; i++) hits.push('{"st":"demo"}');
    request('POST', {}, '[' + hits.join(',') + ']');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: the batch has more than 20 hits');
    assertThat(sent).isEmpty();
- name: Malformed ct - 400 naming the ct error
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: '01008101' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: ct is malformed (ct-length)');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Malformed TC string - 400 naming the TC error
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '1', gdpr_consent: 'C!!' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: gdpr_consent is malformed (tc-character)');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Missing st - 400, nothing forwarded
  code: |-
    const sent = answerHttp(200);
    request('GET', { cp: 'home' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: st is missing');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: Page URL that is not http(s) - 400
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', url: 'javascript:alert(1)' }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: url is not an http(s) URL');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: POST body that is not JSON - 400
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '{"st":');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: the body is not a JSON object or array');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: POST hit with a number where a string belongs - 400
  code: |-
    const sent = answerHttp(200);
    request('POST', {}, '{"st":"demo","gdpr":1}');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: gdpr is not a string');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: POST body over 16384 characters - 400
  code: |-
    const sent = answerHttp(200);
    var padding = '';
    for (let i = 0; i < 1640; i++) padding = padding + '0123456789';
    request('POST', {}, '{"st":"demo","co":"' + padding + '"}');
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: the body exceeds 16384 characters');
    assertThat(sent).isEmpty();
- name: cp longer than 255 characters - 400
  code: |-
    const sent = answerHttp(200);
    var long = '';
    for (let i = 0; i < 256; i++) long = long + 'x';
    request('GET', { st: 'demo', cp: long }, undefined);
    runCode(mockData);
    assertApi('setResponseStatus').wasCalledWith(400);
    assertApi('setResponseBody').wasCalledWith('bad request: cp is longer than 255 characters');
    assertApi('returnResponse').wasCalled();
    assertApi('runContainer').wasNotCalled();
    assertThat(sent).isEmpty();
- name: The response is returned before any vendor request starts
  code: |-
    const order = [];
    mock('returnResponse', () => {
      order.push('response');
    });
    mock('runContainer', () => {
      order.push('container');
    });
    mock('sendHttpRequest', url => {
      order.push('forward');
      return PromiseApi.create(resolve => resolve({ statusCode: 200, headers: {}, body: url }));
    });
    request('GET', { st: 'demo', ct: ctAll }, undefined);
    runCode(mockData);
    assertThat(order).isEqualTo(['response', 'container', 'forward', 'forward']);
- name: Rows with an unknown field, a bad purpose or no GVL id are skipped; good rows still route
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcCrmOnly }, undefined);
    const data = dataWith({
      routes: mockData.routes.concat([
        {
          label: 'A',
          vendorId: '4242',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/a',
          method: 'GET',
          fields: 'st,email'
        },
        {
          label: 'B',
          vendorId: '4242',
          purposes: '12',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/b',
          method: 'GET',
          fields: 'st'
        },
        {
          label: 'C',
          vendorId: 'x',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/c',
          method: 'GET',
          fields: 'st'
        },
        {
          label: 'D',
          vendorId: '4242',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://de.ioam.de/d?x={uid}',
          method: 'GET',
          fields: 'st'
        }
      ])
    });
    runCode(data);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
- name: A route whose host has a placeholder is skipped - the hit never chooses the host
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'evil.example', gdpr: '1', gdpr_consent: tcCrmOnly, uid: 'u-1' }, undefined);
    const data = dataWith({
      routes: mockData.routes.concat([
        {
          label: 'Forged',
          vendorId: '4242',
          purposes: '1',
          legalBasis: 'consent',
          endpoint: 'https://{st}/x',
          method: 'GET',
          fields: 'st'
        }
      ])
    });
    runCode(data);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
- name: TC string grants all, ct only 730 - agof gets nothing, the CRM (not in ct) follows the TC string
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctInfonlineOnly, gdpr: '1', gdpr_consent: tcAll }, undefined);
    runCode(mockData);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810000', 'https://de.ioam.de/crm']);
- name: ct grants 730 and 785, TC string only 730 - the stricter wins per vendor
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcInfonlineOnly }, undefined);
    runCode(mockData);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810141']);
- name: TC string granting nothing - nothing forwarded even with a generous ct
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcNone }, undefined);
    runCode(mockData);
    assertThat(sent).isEmpty();
- name: gdpr=0 with a TC string - no TCF grant, nothing forwarded
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '0', gdpr_consent: tcAll }, undefined);
    runCode(mockData);
    assertThat(sent).isEmpty();
- name: TC string only (gdpr=1) - only the vendor it grants
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcCrmOnly, uid: 'u-1' }, undefined);
    runCode(mockData);
    assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/crm']);
- name: TC string without gdpr - GDPR applicability unknown, nothing forwarded
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', gdpr_consent: tcAll }, undefined);
    runCode(mockData);
    assertThat(sent).isEmpty();
- name: Timeout field - passed to every forward; an unusable value falls back to 2000 ms
  code: |-
    const sent = answerHttp(200);
    request('GET', { st: 'demo', ct: ctAll }, undefined);
    const data = dataWith({ timeout: '500' });
    runCode(data);
    data.timeout = 'soon';
    runCode(data);
    assertThat([sent[0].timeout, sent[1].timeout, sent[2].timeout, sent[3].timeout]).isEqualTo([500, 500, 2000, 2000]);
- name: One vendor fails, another times out - the others are still sent and the response is 204
  code: |-
    const sent = [];
    mock('sendHttpRequest', url => {
      sent.push(url);
      return PromiseApi.create((resolve, reject) => {
        if (url.indexOf('/tx.io') !== -1) reject({ reason: 'failed' });
        else if (url.indexOf('/agof/') !== -1) reject({ reason: 'timed_out' });
        else resolve({ statusCode: 500, headers: {}, body: '' });
      });
    });
    request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcAll }, undefined);
    runCode(mockData);
    assertThat(sent).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810141', 'https://de.ioam.de/agof/demo?ct=0100810141', 'https://de.ioam.de/crm']);
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
setup: |-
  const PromiseApi = require('Promise');
  const mockData = {
    path: '/iom',
    responseType: 'noContent',
    allowedOrigins: 'https://www.example.com',
    useDefaultRoutes: true,
    infonlineEndpoint: 'https://de.ioam.de/tx.io',
    agofEndpoint: 'https://de.ioam.de/agof/{st}',
    routes: [
      {
        label: 'CRM',
        vendorId: '4242',
        purposes: '1',
        legalBasis: 'consent',
        endpoint: 'https://de.ioam.de/crm',
        method: 'POST',
        fields: 'st,uid'
      }
    ],
    timeout: '2000'
  };
  const ctAll = '0100810141';
  const ctInfonlineOnly = '0100810000';
  const ctNone = '0100000000';
  function dataWith(changes) {
    const data = {};
    for (const key in mockData) data[key] = mockData[key];
    for (const key in changes) data[key] = changes[key];
    return data;
  }
  const tcAll = 'CQdWToAQdWToAAKABAENBkFgAIOAAAAAAAYghJQAwFtAMRCEkAAAAAAA.IAAA.YAAAAAAAAAAA';
  const tcInfonlineOnly = 'CQdWToAQdWToAAKABAENBkFgAIEAAAAAAAYgFtQAQFtAAAAA.IAAA.YAAAAAAAAAAA';
  const tcCrmOnly = 'CQdWToAQdWToAAKABAENBkFgAIAAAAAAAAYghJQAQhJAAAAA.IAAA.YAAAAAAAAAAA';
  const tcNone = 'CQdWToAQdWToAAKABAENBkFgAAAAAAAAAAYgAAAAAAAA.IAAA.YAAAAAAAAAAA';
  function request(method, query, body) {
    mock('getRequestMethod', method);
    mock('getRequestPath', '/iom');
    mock('getRequestQueryParameter', name => query[name]);
    mock('getRequestBody', body);
    mock('getRequestHeader', name => name === 'origin' ? 'https://www.example.com' : undefined);
  }
  function answerHttp(statusCode, failure) {
    const sent = [];
    mock('sendHttpRequest', (url, options, body) => {
      const settings = options;
      sent.push({ url: url, method: settings.method, timeout: settings.timeout, body: body });
      return PromiseApi.create((resolve, reject) => {
        if (failure === undefined) resolve({ statusCode: statusCode, headers: {}, body: '' });
        else reject({ reason: failure });
      });
    });
    return sent;
  }
  function urls(sent) {
    const out = [];
    for (const entry of sent) out.push(entry.url);
    return out;
  }
  const identityData = dataWith({
    routes: mockData.routes.concat([
      {
        label: 'Analytics',
        vendorId: '4243',
        purposes: '1',
        legalBasis: 'consent',
        endpoint: 'https://de.ioam.de/analytics',
        method: 'GET',
        fields: 'st'
      },
      {
        label: 'Recording',
        vendorId: '4244',
        purposes: '1',
        legalBasis: 'consent',
        endpoint: 'https://de.ioam.de/rec',
        method: 'GET',
        fields: 'st'
      }
    ]),
    agofEndpoint: '',
    identifiers: [
      {
        name: 'ga_id',
        source: 'cookie',
        key: '_ga',
        vendors: '4242',
        purposes: '1,9',
        customPurpose: '',
        validFrom: '2025-01-01'
      },
      {
        name: 'crm_id',
        source: 'body',
        key: 'crm_id',
        vendors: '4243',
        purposes: '1,9',
        customPurpose: '',
        validFrom: '2026-02-01'
      },
      {
        name: 'rec_id',
        source: 'cookie',
        key: '_clck',
        vendors: '4244',
        purposes: '1,5',
        customPurpose: '1',
        validFrom: '2026-02-01'
      },
      {
        name: 'panel_id',
        source: 'query',
        key: 'crm_id',
        vendors: '730',
        purposes: '1',
        customPurpose: '',
        validFrom: '2026-02-01'
      }
    ]
  });
  const tcLinkAll = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';
  const tcLinkNoPublisherSegment = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA';
  const tcLinkNoCustom = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAQAA';
  const tcLinkOld = 'CQSU_AAQSU_AAAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';
  const tcLinkNoPurpose9 = 'CQgYw8AQgYw8AAKABAENBkFgAIkAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';
  function cookies(values) {
    mock('getCookieValues', name => values[name] === undefined ? [] : [values[name]]);
  }
  function debugMode() {
    mock('getContainerVersion', {
      containerId: 'GTM-TEST',
      debugMode: true,
      environmentName: '',
      environmentMode: false,
      previewMode: true,
      version: '1'
    });
  }
  function linkedVisitor(tcString) {
    request('POST', {}, '{"st":"demo","gdpr":"1","gdpr_consent":"' + tcString + '","crm_id":"C-42"}');
    cookies({ _ga: 'GA1.1.111.222', _clck: 'rec77' });
  }
  function forwards(sent) {
    const out = [];
    for (const entry of sent) out.push(entry.url + ' ' + (entry.body === undefined ? '' : '' + entry.body));
    return out;
  }


___NOTES___

INFOnline measurement (consent-gated), server-side client.

Claims GET, POST and OPTIONS requests on the configured path (default /iom). A hit carries st, cp, co, ct, sv,
gdpr, gdpr_consent, url, ref and uid (docs/wire-protocol.md); a POST body may hold one hit or a batch of up to 20.
Bad input gets 400 with a short reason and nothing is forwarded.

Each vendor of the routing table (INFOnline 730 and agof 785 built in, more in the table) receives a hit only when
the visitor granted it every purpose the route lists, and only the fields the route lists. Consent comes from the
ct string and the TC string (gdpr_consent with gdpr=1); when both speak for a vendor the stricter wins; without a
signal nothing is granted. The browser gets its answer (204 or a pixel) first; then the container runs once per
hit (event data: consent_per_vendor) and the vendors are called concurrently, each with its own timeout.

Identifier rules add an identifier (cookie, query parameter or body field) to a vendor's forward only when that
vendor was granted every purpose of the rule, the publisher custom purpose if any (TC string publisher segment),
and the visitor decided (TC string LastUpdated, else cts) on or after the rule's valid-from date
(docs/privacy.md). A cts more than 10 minutes ahead of the server clock, or older than the consent cookie's 4
weeks, counts as no decision date. Add every cookie and query parameter a rule reads to the permissions.

Add every vendor host to the send_http permission. Routing decisions are logged in preview mode. The checked
routing, identifier and link tables are kept in templateDataStorage and checked again only when they change.

Built from TypeScript (server-client/) by `npm run build`; never edit this file by hand.


