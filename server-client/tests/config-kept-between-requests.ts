// @name Configuration - parsed once, kept in templateDataStorage between requests, parsed again when a cell changes
import { answerHttp, dataWith, mockData, request, tcAll, urls } from './setup.ts';

const storage = require('templateDataStorage');
const KEY = 'iom_client_config /iom';

type StoredRoute = { label: string; pieces: string[] };
type Stored = { config: { routes: StoredRoute[] } };

/** The configuration the client keeps for its path. */
function stored(): Stored {
  return storage.getItemCopy(KEY) as Stored;
}

function storedLabels(): string[] {
  const labels: string[] = [];
  for (const route of stored().config.routes) labels.push(route.label);
  return labels;
}

/** Marks the kept CRM route behind the client's back: a client that parsed again would not see the mark. */
function markKeptCrm(): void {
  const kept = stored();
  // (A forward's URL is made of the endpoint's pieces, cut at its placeholders when the configuration is parsed.)
  kept.config.routes[2].pieces = ['https://de.ioam.de/crm-from-storage'];
  storage.setItemCopy(KEY, kept);
}

const crm = mockData.routes[0];
/** The CRM row with one cell changed. */
function crmWith(column: string, value: string): { [column: string]: string } {
  const row: { [column: string]: string } = {};
  for (const key in crm) row[key] = crm[key as keyof typeof crm];
  row[column] = value;
  return row;
}

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcAll }, undefined);

runCode(mockData);
assertThat(storedLabels()).isEqualTo(['INFOnline', 'agof', 'CRM']);
// Same cells (a new copy of the same data): the kept entry is used.
markKeptCrm();
runCode(dataWith({}));
// One cell of one row changed: parsed again, with the new cell.
markKeptCrm();
runCode(dataWith({ routes: [crmWith('endpoint', 'https://de.ioam.de/crm-2')] }));
// A column the kept row does not have: parsed again.
markKeptCrm();
const widened = crmWith('endpoint', 'https://de.ioam.de/crm-2');
widened.note = '';
runCode(dataWith({ routes: [widened] }));
// And a column only the kept row has.
markKeptCrm();
runCode(dataWith({ routes: [crmWith('endpoint', 'https://de.ioam.de/crm-2')] }));
// An entry an older template kept (another shape): parsed again, and replaced.
storage.setItemCopy(KEY, { raw: '[2,true]', config: { routes: [], rules: [], links: [], skipped: [] } });
runCode(dataWith({ routes: [widened] }));
// Fewer rows and an endpoint emptied: parsed again.
runCode(dataWith({ agofEndpoint: '', routes: [] }));
assertThat(storedLabels()).isEqualTo(['INFOnline']);

assertThat(urls(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-from-storage',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-2',
  'https://de.ioam.de/tx.io?st=demo',
]);
