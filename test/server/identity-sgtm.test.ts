/**
 * Identity linking through the local sGTM server: two visitors with the same consent choice but decided at
 * different times. The rules (disclosed 2026-02-01) let the CRM contact id reach the analytics vendor and the
 * analytics client id and the contact id reach the CRM, which also gets a link event for the pair; the visitor who
 * decided after that date gets linked, the one who decided before does not, and the debug log says why.
 */
import test from 'ava';
import { decodeTcString } from '../../consent/index.ts';
import { root, settleServer, stackData, VENDOR_SPECS } from '../../scripts/sgtm/stack.ts';
import { startSgtmServer, type SgtmServer } from '../../scripts/sgtm/server.ts';
import { startSink, type Sink } from '../../scripts/sgtm/sinks.ts';
import path from 'node:path';

/**
 * Made by @iabtechlabtcf/core with the local vendor list of scripts/sgtm/tc-strings.ts: purposes 1, 5, 8, 9 and
 * vendors 730, 785, 4242, 4243, 4244 granted; they differ only in LastUpdated (checked below).
 */
const TC_DECIDED_2026_03_01 = 'CQgYw8AQgYw8AAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';
const TC_DECIDED_2025_06_01 = 'CQSU_AAQSU_AAAKABAENBkFgAImAAAAAAAYghKQAwFtAMRiEkISgAAAAAAAA.YAAAAAAAAUAA';

const RULES = [
  { name: 'crm_id', source: 'body', key: 'crm_id', vendors: '4243,4242', purposes: '1,9', customPurpose: '', validFrom: '2026-02-01' },
  { name: 'ga_id', source: 'body', key: 'ga_cid', vendors: '4242', purposes: '1,9', customPurpose: '', validFrom: '2026-02-01' },
  // Read from the request's Cookie header (the local server passes it to getCookieValues, as GTM does).
  { name: 'ga_cookie', source: 'cookie', key: '_ga', vendors: '4243', purposes: '1', customPurpose: '', validFrom: '2026-02-01' },
];

const sinks: Record<string, Sink> = {};
const logs: string[] = [];
let server: SgtmServer;

test.before(async () => {
  for (const spec of VENDOR_SPECS) sinks[spec.name] = await startSink(spec.name);
  server = await startSgtmServer({
    tplFile: path.join(root, 'server-client', 'template.tpl'),
    config: {
      data: {
        ...stackData(sinks, 2000),
        identifiers: RULES,
        linkEvents: [{ label: 'GA-CRM', first: 'ga_id', second: 'crm_id', vendorId: '4242', endpoint: `${sink('CRM').origin}/link` }],
      }, sendHttpUrls: ['http://127.0.0.1:*/'], debug: true },
    onLog: (args) => logs.push(args.map(String).join(' ')),
  });
});
test.after.always(async () => {
  await server.close();
  for (const sink of Object.values(sinks)) await sink.close();
});

const settle = (): Promise<void> => settleServer(server);

function sink(name: string): Sink {
  const found = sinks[name];
  if (found === undefined) throw new Error(`no sink ${name}`);
  return found;
}

test.serial('identity fixtures - the two TC strings differ in LastUpdated only', (t) => {
  const late = decodeTcString(TC_DECIDED_2026_03_01);
  const early = decodeTcString(TC_DECIDED_2025_06_01);
  if (!late.ok || !early.ok) return t.fail('a fixture does not decode');
  t.is(new Date(late.value.lastUpdated).toISOString(), '2026-03-01T00:00:00.000Z');
  t.is(new Date(early.value.lastUpdated).toISOString(), '2025-06-01T00:00:00.000Z');
  t.deepEqual({ ...late.value, lastUpdated: 0, created: 0 }, { ...early.value, lastUpdated: 0, created: 0 });
});

const visitor = test.macro({
  async exec(t, id: string, tcString: string, expected: { crm: Record<string, string>; analytics: string; link: Record<string, string>[]; log: string }) {
    const response = await fetch(`${server.url}/iom`, {
      method: 'POST',
      body: JSON.stringify({ st: id, gdpr: '1', gdpr_consent: tcString, crm_id: `C-${id}`, ga_cid: `GA1.1.${id}` }),
    });
    t.is(response.status, 204);
    await settle();
    const crm = sink('CRM').received.filter((r) => r.url === '/contacts' && (JSON.parse(r.body) as { st?: string }).st === id);
    t.deepEqual(crm.map((r) => JSON.parse(r.body) as unknown), [expected.crm]);
    const links = sink('CRM').received.filter((r) => r.url === '/link' && (JSON.parse(r.body) as { ga_id?: string }).ga_id === `GA1.1.${id}`);
    t.deepEqual(links.map((r) => JSON.parse(r.body) as unknown), expected.link);
    const analytics = sink('Analytics').received.filter((r) => r.url.includes(`st=${id}`));
    t.deepEqual(analytics.map((r) => r.url), [expected.analytics]);
    t.true(logs.includes(expected.log), `log lacks: ${expected.log}`);
  },
  title: (provided = '') => `identity through the local server - ${provided}`,
});

test.serial('visitor who decided after the rules were disclosed: IDs reach the vendors', visitor, 'late', TC_DECIDED_2026_03_01, {
  crm: { st: 'late', ga_id: 'GA1.1.late', crm_id: 'C-late' },
  analytics: '/collect?st=late&crm_id=C-late',
  link: [{ event: 'link', ga_id: 'GA1.1.late', crm_id: 'C-late' }],
  log: 'iom client: hit 1: Analytics (4243) identifier crm_id attached by rule crm_id: all requirements hold (decision 2026-03-01)',
});

test.serial('visitor who decided before the rules were disclosed: IDs stripped, the hits still go', visitor, 'early', TC_DECIDED_2025_06_01, {
  crm: { st: 'early' },
  analytics: '/collect?st=early',
  link: [],
  log: 'iom client: hit 1: Analytics (4243) identifier crm_id stripped by rule crm_id: the decision (2025-06-01) predates the rule (valid from 2026-02-01)',
});

test.serial('identity through the local server - an identifier from the request\'s cookie reaches the vendor its rule allows', async (t) => {
  const response = await fetch(`${server.url}/iom`, {
    method: 'POST',
    headers: { cookie: 'other=1; _ga=GA1.1.cookie' },
    body: JSON.stringify({ st: 'cookie', gdpr: '1', gdpr_consent: TC_DECIDED_2026_03_01 }),
  });
  t.is(response.status, 204);
  await settle();
  t.deepEqual(sink('Analytics').received.filter((r) => r.url.includes('st=cookie')).map((r) => r.url), ['/collect?st=cookie&ga_cookie=GA1.1.cookie']);
  t.deepEqual(sink('CRM').received.filter((r) => r.url === '/contacts' && r.body.includes('"cookie"')).map((r) => JSON.parse(r.body) as unknown), [{ st: 'cookie' }]);
  t.true(logs.includes('iom client: hit 1: Analytics (4243) identifier ga_cookie attached by rule ga_cookie: all requirements hold (decision 2026-03-01)'));
});
