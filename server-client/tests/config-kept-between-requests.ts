// @name Configuration - parsed once, kept in templateDataStorage between requests, parsed again when it changes
import { answerHttp, dataWith, mockData, request, tcAll, urls } from './setup.ts';

const storage = require('templateDataStorage');
const KEY = 'iom_client_config /iom';

/** The configuration the client keeps for its path. */
function stored(): { raw: string; config: { routes: { label: string; pieces: string[] }[] } } {
  return storage.getItemCopy(KEY) as { raw: string; config: { routes: { label: string; pieces: string[] }[] } };
}

function storedLabels(): string[] {
  const labels: string[] = [];
  for (const route of stored().config.routes) labels.push(route.label);
  return labels;
}

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcAll }, undefined);

runCode(mockData);
assertThat(storedLabels()).isEqualTo(['INFOnline', 'agof', 'CRM']);
// Same cells, kept entry changed behind the client's back: a client that parsed again would not see this.
const kept = stored();
// (A forward's URL is made of the endpoint's pieces, cut at its placeholders when the configuration is parsed.)
kept.config.routes[2].pieces = ['https://de.ioam.de/crm-from-storage'];
storage.setItemCopy(KEY, kept);
runCode(mockData);
runCode(dataWith({ agofEndpoint: '', routes: [] }));
assertThat(storedLabels()).isEqualTo(['INFOnline']);

assertThat(urls(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm-from-storage',
  'https://de.ioam.de/tx.io?st=demo',
]);
