// @name Configuration - parsed once, kept in templateDataStorage between requests, parsed again when it changes
import { answerHttp, dataWith, mockData, request, tcAll, urls } from './setup.ts';

const storage = require('templateDataStorage');

/** The route labels of the configuration the client keeps. */
function storedLabels(): string[] {
  const stored = storage.getItemCopy('iom_client_config') as { config: { routes: { label: string }[] } };
  const labels: string[] = [];
  for (const route of stored.config.routes) labels.push(route.label);
  return labels;
}

const sent = answerHttp(200);
request('GET', { st: 'demo', gdpr: '1', gdpr_consent: tcAll }, undefined);

runCode(mockData);
assertThat(storedLabels()).isEqualTo(['INFOnline', 'agof', 'CRM']);
runCode(mockData);
runCode(dataWith({ agofEndpoint: '', routes: [] }));
assertThat(storedLabels()).isEqualTo(['INFOnline']);

assertThat(urls(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm',
  'https://de.ioam.de/tx.io?st=demo', 'https://de.ioam.de/agof/demo', 'https://de.ioam.de/crm',
  'https://de.ioam.de/tx.io?st=demo',
]);
