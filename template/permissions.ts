/**
 * `___WEB_PERMISSIONS___`: least privilege. The build checks this list against the compiled code: every required
 * API needs its permission, and a permission no API uses is an error.
 *
 * Where GTM's static permissions cannot know the publisher's values, the entry below is the narrowest pattern
 * that covers the defaults, and docs/web-template.md tells the publisher what to narrow:
 *  - inject_script: the Measurement Manager's loader lives on the publisher's data domain
 *    (`data-<10 hex>.<site domain>`), so `https://*.de/iomm/latest/bootstrap/loader.js` stands for it; replace it
 *    with your data domain (e.g. `https://data-1a2b3c4d5e.example.de/iomm/latest/bootstrap/loader.js`).
 *  - send_pixel: the server container's host is the publisher's; `https://*.de/iom` stands for it.
 *  - get_cookies / set_cookies: the default cookie name `iom_consent`; a renamed cookie needs its name here.
 *  - access_consent: Consent Mode types are read only for the rows of the publisher's table; the standard types
 *    are listed, read only.
 */
import type { Permission } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

const CONSENT_TYPES = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization', 'functionality_storage', 'personalization_storage', 'security_storage'];

export const permissions = [
  // logToConsole: only in preview/debug mode.
  { id: 'logging', params: { environments: 'debug' } },
  // __tcfapi: read (is there a CMP?) and execute (addEventListener / removeEventListener); INFOnline's functions
  // and setTimeout: execute.
  {
    id: 'access_globals',
    params: {
      keys: [
        { key: '__tcfapi', read: true, write: false, execute: true },
        { key: 'IOMm', read: false, write: false, execute: true },
        { key: 'iom.c', read: false, write: false, execute: true },
        { key: 'iom.ct', read: false, write: false, execute: true },
        // The page's timer for the CMP and banner waits (tcf-reader.ts): the sandbox has none.
        { key: 'setTimeout', read: false, write: false, execute: true },
      ],
    },
  },
  { id: 'inject_script', params: { urls: ['https://script.ioam.de/iam.js', 'https://*.de/iomm/latest/bootstrap/loader.js'] } },
  { id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['https://*.de/iom'] } },
  { id: 'get_cookies', params: { cookieAccess: 'specific', cookieNames: ['iom_consent'] } },
  { id: 'set_cookies', params: { allowedCookies: [{ name: 'iom_consent', domain: '*', path: '/', secure: 'any', session: 'any' }] } },
  // The page URL and referrer travel with the server hit (the server client forwards them where permitted).
  { id: 'get_url', params: { urlParts: 'any', queriesAllowed: 'any' } },
  { id: 'get_referrer', params: { urlParts: 'any', queriesAllowed: 'any' } },
  { id: 'access_consent', params: { consentTypes: CONSENT_TYPES.map((consentType) => ({ consentType, read: true, write: false })) } },
] satisfies Permission[];
