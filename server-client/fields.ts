/** `___TEMPLATE_PARAMETERS___` of the server client. `main.ts` types `data` from them. */
import type { Field } from '../compiler/fields.ts';

export const fields = [
  {
    type: 'TEXT',
    name: 'path',
    displayName: 'Request path',
    simpleValueType: true,
    help: 'The client claims GET, POST and OPTIONS requests to exactly this path; other requests are left to other clients.',
    defaultValue: '/iom',
    valueValidators: [{ type: 'REGEX', args: ['^/.*'], errorMessage: 'The path starts with "/".' }],
    alwaysInSummary: true,
  },
  {
    type: 'SELECT',
    name: 'responseType',
    displayName: 'Response to an accepted hit',
    macrosInSelect: false,
    selectItems: [
      { value: 'noContent', displayValue: '204 No Content' },
      { value: 'pixel', displayValue: '1x1 GIF pixel (200)' },
    ],
    simpleValueType: true,
    defaultValue: 'noContent',
  },
  {
    type: 'TEXT',
    name: 'allowedOrigins',
    displayName: 'Allowed origins (CORS)',
    simpleValueType: true,
    help: 'Comma-separated origins (e.g. https://www.example.com) that may send hits from the browser with fetch. Others get no CORS headers.',
    canBeEmptyString: true,
  },
  {
    type: 'CHECKBOX',
    name: 'useDefaultRoutes',
    checkboxText: 'Route to INFOnline (GVL 730) and agof (GVL 785)',
    simpleValueType: true,
    defaultValue: true,
    help: 'Built-in routes with the purposes each vendor declares in the Global Vendor List; a route without an endpoint is off.',
  },
  {
    type: 'TEXT',
    name: 'infonlineEndpoint',
    displayName: 'INFOnline endpoint',
    simpleValueType: true,
    help: 'Where INFOnline hits go (placeholders like {st} take URL-encoded hit values). Receives st, cp, co, sv, ct, url, ref when purposes 1 and 8 are granted to vendor 730. Add the host to the send_http permission.',
    defaultValue: 'https://de.ioam.de/tx.io',
    canBeEmptyString: true,
    enablingConditions: [{ paramName: 'useDefaultRoutes', paramValue: true, type: 'EQUALS' }],
  },
  {
    type: 'TEXT',
    name: 'agofEndpoint',
    displayName: 'agof endpoint',
    simpleValueType: true,
    help: 'Where agof hits go; empty turns the agof route off (no public server endpoint is documented). Receives st, cp, sv, ct when purposes 1, 7 and 9 are granted to vendor 785.',
    canBeEmptyString: true,
    enablingConditions: [{ paramName: 'useDefaultRoutes', paramValue: true, type: 'EQUALS' }],
  },
  {
    type: 'PARAM_TABLE',
    name: 'routes',
    displayName: 'More vendors (routing table)',
    help: 'One row per vendor. A vendor receives a hit only when the visitor granted it every purpose listed, and only the fields listed.',
    newRowButtonText: 'Add vendor',
    paramTableColumns: [
      { param: { type: 'TEXT', name: 'label', displayName: 'Label', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] }, isUnique: true },
      { param: { type: 'TEXT', name: 'vendorId', displayName: 'GVL vendor id', simpleValueType: true, valueValidators: [{ type: 'POSITIVE_NUMBER' }] } },
      { param: { type: 'TEXT', name: 'purposes', displayName: 'Purposes needed (e.g. 1,8)', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] } },
      {
        param: {
          type: 'SELECT', name: 'legalBasis', displayName: 'Legal basis', simpleValueType: true, defaultValue: 'consent', macrosInSelect: false,
          selectItems: [{ value: 'consent', displayValue: 'Consent' }, { value: 'legitimateInterest', displayValue: 'Legitimate interest' }],
        },
      },
      { param: { type: 'TEXT', name: 'endpoint', displayName: 'Endpoint URL (placeholders like {st})', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] } },
      {
        param: {
          type: 'SELECT', name: 'method', displayName: 'Method', simpleValueType: true, defaultValue: 'GET', macrosInSelect: false,
          selectItems: [{ value: 'GET', displayValue: 'GET (fields as query parameters)' }, { value: 'POST', displayValue: 'POST (fields as a JSON body)' }],
        },
      },
      { param: { type: 'TEXT', name: 'fields', displayName: 'Forwarded fields (e.g. st,cp,uid)', simpleValueType: true } },
    ],
  },
  {
    type: 'PARAM_TABLE',
    name: 'identifiers',
    displayName: 'Identifier rules (linking)',
    help: 'One row per identifier (e.g. an analytics client id or a CRM contact id). It is added to a forward only for the vendors listed, only when the visitor granted that vendor every purpose listed (and the custom purpose, from the TC string\'s publisher segment), and only when the visitor decided on or after the valid-from date (the day this use was first disclosed). Cookie names and query parameters must also be allowed in the permissions. See docs/privacy.md.',
    newRowButtonText: 'Add identifier',
    paramTableColumns: [
      { param: { type: 'TEXT', name: 'name', displayName: 'Identifier name (forwarded as)', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] }, isUnique: true },
      {
        param: {
          type: 'SELECT', name: 'source', displayName: 'Source', simpleValueType: true, defaultValue: 'cookie', macrosInSelect: false,
          selectItems: [{ value: 'cookie', displayValue: 'Request cookie' }, { value: 'query', displayValue: 'Query parameter' }, { value: 'body', displayValue: 'Body field of the hit (POST)' }],
        },
      },
      { param: { type: 'TEXT', name: 'key', displayName: 'Cookie, parameter or field name', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] } },
      { param: { type: 'TEXT', name: 'vendors', displayName: 'GVL vendor ids it may go to (e.g. 4242,4243)', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] } },
      { param: { type: 'TEXT', name: 'purposes', displayName: 'TCF purposes needed (e.g. 1,9)', simpleValueType: true, valueValidators: [{ type: 'NON_EMPTY' }] } },
      { param: { type: 'TEXT', name: 'customPurpose', displayName: 'Publisher custom purpose id (optional)', simpleValueType: true } },
      { param: { type: 'TEXT', name: 'validFrom', displayName: 'Valid from (YYYY-MM-DD, first disclosed)', simpleValueType: true, valueValidators: [{ type: 'REGEX', args: ['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'], errorMessage: 'A date YYYY-MM-DD.' }] } },
    ],
  },
  {
    type: 'TEXT',
    name: 'timeout',
    displayName: 'Timeout per vendor (ms)',
    simpleValueType: true,
    defaultValue: '2000',
    valueValidators: [{ type: 'POSITIVE_NUMBER' }],
  },
] as const satisfies readonly Field[];
