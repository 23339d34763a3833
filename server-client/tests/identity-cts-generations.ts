// @name Identity - ct without a TC string - the decision age comes from cts; old, missing or malformed cts strips
import { answerHttp, cookies, ctInfonlineOnly, dataWith, debugMode, identityData, request, urls } from './setup.ts';

const cases: { cts: string | undefined; url: string; log: string }[] = [
  { cts: '1772323200000', url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1772323200000&panel_id=P-1', log: 'attached by rule panel_id: all requirements hold (decision 2026-03-01)' },
  { cts: '1769904000000', url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1769904000000&panel_id=P-1', log: 'attached by rule panel_id: all requirements hold (decision 2026-02-01)' },
  { cts: '1769903999999', url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1769903999999', log: 'stripped by rule panel_id: the decision (2026-01-31) predates the rule (valid from 2026-02-01)' },
  { cts: undefined, url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000', log: 'stripped by rule panel_id: decision age unknown (no TC string, no cts)' },
  { cts: '2026-03-01', url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=2026-03-01', log: 'stripped by rule panel_id: rule skipped: cts is not a timestamp in ms' },
  { cts: '1234567890123456', url: 'https://de.ioam.de/tx.io?st=demo&ct=0100810000&cts=1234567890123456', log: 'stripped by rule panel_id: rule skipped: cts is not a timestamp in ms' },
];

const sent = answerHttp(200);
// The server's clock: 2026-03-01 00:05 UTC, so every cts above lies inside the consent cookie's 4 weeks.
mock('getTimestampMillis', 1772323500000);
debugMode();
cookies({});
// INFOnline forwards cts here so each case's URL shows which hit it was.
const data = dataWith({
  useDefaultRoutes: false,
  routes: [{ label: 'INFOnline', vendorId: '730', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/tx.io', method: 'GET', fields: 'st,ct,cts' }],
  identifiers: identityData.identifiers,
});
for (const entry of cases) {
  const query: { [name: string]: string } = { st: 'demo', ct: ctInfonlineOnly, crm_id: 'P-1' };
  if (entry.cts !== undefined) query.cts = entry.cts;
  request('GET', query, undefined);
  runCode(data);
  assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) identifier panel_id ' + entry.log);
}

const expected: string[] = [];
for (const entry of cases) expected.push(entry.url);
assertThat(urls(sent)).isEqualTo(expected);
