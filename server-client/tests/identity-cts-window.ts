// @name Identity - a cts ahead of the server clock beyond 10 minutes, or older than the cookie's 4 weeks, is decision age unknown
import { answerHttp, cookies, ctInfonlineOnly, dataWith, debugMode, identityData, request, urls } from './setup.ts';

// The server's clock: 2026-03-01 00:05 UTC. The rule panel_id is valid from 2026-02-01.
const NOW = 1772323500000;
const MINUTES_10 = 600000;
const WEEKS_4 = 2419200000;

const cases: { cts: number; attached: boolean; log: string }[] = [
  { cts: NOW + MINUTES_10, attached: true, log: 'attached by rule panel_id: all requirements hold (decision 2026-03-01)' },
  { cts: NOW + MINUTES_10 + 1, attached: false, log: 'stripped by rule panel_id: decision age unknown: cts is ahead of the server clock by more than 10 minutes' },
  { cts: NOW + 365 * 86400000, attached: false, log: 'stripped by rule panel_id: decision age unknown: cts is ahead of the server clock by more than 10 minutes' },
  // The oldest cts a live cookie can hold is believed (and here predates the rule); one ms older is not.
  { cts: NOW - WEEKS_4 - MINUTES_10, attached: false, log: 'stripped by rule panel_id: the decision (2026-01-31) predates the rule (valid from 2026-02-01)' },
  { cts: NOW - WEEKS_4 - MINUTES_10 - 1, attached: false, log: 'stripped by rule panel_id: decision age unknown: cts is older than the consent cookie\'s 4-week lifetime' },
  { cts: 0, attached: false, log: 'stripped by rule panel_id: decision age unknown: cts is older than the consent cookie\'s 4-week lifetime' },
];

const sent = answerHttp(200);
mock('getTimestampMillis', NOW);
debugMode();
cookies({});
const data = dataWith({
  useDefaultRoutes: false,
  routes: [{ label: 'INFOnline', vendorId: '730', purposes: '1', legalBasis: 'consent', endpoint: 'https://de.ioam.de/tx.io', method: 'GET', fields: 'st,cts' }],
  identifiers: identityData.identifiers,
});
const expected: string[] = [];
for (const entry of cases) {
  request('GET', { st: 'demo', ct: ctInfonlineOnly, crm_id: 'P-1', cts: '' + entry.cts }, undefined);
  runCode(data);
  assertApi('logToConsole').wasCalledWith('iom client: hit 1: INFOnline (730) identifier panel_id ' + entry.log);
  expected.push('https://de.ioam.de/tx.io?st=demo&cts=' + entry.cts + (entry.attached ? '&panel_id=P-1' : ''));
}
assertThat(urls(sent)).isEqualTo(expected);
