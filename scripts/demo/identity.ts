/**
 * The demo's identity part (issue 7): two visitors with the same consent choice and the same kinds of identifiers
 * (an analytics client id and a CRM contact id, first-party cookies the web tag reads), one who decided after the
 * publisher disclosed the linking, one who decided before. The server client attaches and links the ids only for
 * the first; its debug log says why for each vendor.
 */
import { CRM_VENDOR_ID, ANALYTICS_VENDOR_ID, RECORDING_VENDOR_ID, type TcChoice } from '../sgtm/tc-strings.ts';

/** When the publisher first told visitors that these ids are linked (the rules' valid-from date). */
export const DISCLOSED = '2026-02-01';

/** The identifier cookies on the publisher's site; the web tag's `get_cookies` permission must list them. */
export const IDENTIFIER_COOKIES = ['ga_cid', 'crm_id'] as const;

/** The web tag's identifier table: query parameter name -> first-party cookie. */
export const WEB_IDENTIFIERS = IDENTIFIER_COOKIES.map((name) => ({ name, cookie: name }));

/** Server client fields: the identifier rules and the link event (formats: docs/privacy.md). */
export function identityServerData(crmOrigin: string): Record<string, unknown> {
  return {
    identifiers: [
      { name: 'crm_id', source: 'query', key: 'crm_id', vendors: `${ANALYTICS_VENDOR_ID},${CRM_VENDOR_ID}`, purposes: '1,9', customPurpose: '', validFrom: DISCLOSED },
      { name: 'ga_id', source: 'query', key: 'ga_cid', vendors: `${CRM_VENDOR_ID}`, purposes: '1,9', customPurpose: '', validFrom: DISCLOSED },
    ],
    linkEvents: [{ label: 'GA-CRM', first: 'ga_id', second: 'crm_id', vendorId: String(CRM_VENDOR_ID), endpoint: `${crmOrigin}/link` }],
  };
}

export interface IdentityVisitor {
  title: string;
  tc: TcChoice;
  cookies: Record<string, string>;
}

const EVERYONE = [730, 785, CRM_VENDOR_ID, ANALYTICS_VENDOR_ID, RECORDING_VENDOR_ID];

export const IDENTITY_VISITORS: readonly IdentityVisitor[] = [
  {
    title: `decided 2026-03-01, after the linking was disclosed (${DISCLOSED}); purposes 1, 5, 8, 9; all vendors`,
    tc: { purposeConsents: [1, 5, 8, 9], vendorConsents: EVERYONE, decided: '2026-03-01' },
    cookies: { ga_cid: 'GA1.1.1001', crm_id: 'C-1001' },
  },
  {
    title: `decided 2025-06-01, before the linking was disclosed (${DISCLOSED}); same purposes and vendors`,
    tc: { purposeConsents: [1, 5, 8, 9], vendorConsents: EVERYONE, decided: '2025-06-01' },
    cookies: { ga_cid: 'GA1.1.1002', crm_id: 'C-1002' },
  },
];

/** The server's audit lines about identifiers and links, without the client's log prefix. */
export function identityReasons(logLines: readonly string[]): string[] {
  return logLines
    .filter((line) => / identifier | link /.test(line))
    .map((line) => line.replace(/^iom client: hit \d+: /, ''));
}
