// @name Identity - rules with a malformed valid-from date or other bad cells are skipped and logged; good rules still apply
import { answerHttp, dataWith, debugMode, forwards, identityData, linkedVisitor, tcLinkAll } from './setup.ts';

const sent = answerHttp(200);
debugMode();
linkedVisitor(tcLinkAll);
const bad: { row: { [cell: string]: string }; log: string }[] = [
  { row: { validFrom: '2026-02-30' }, log: 'identifier x_id: the valid-from date "2026-02-30" is not a date YYYY-MM-DD' },
  { row: { validFrom: '2026-2-1' }, log: 'identifier x_id: the valid-from date "2026-2-1" is not a date YYYY-MM-DD' },
  { row: { validFrom: '' }, log: 'identifier x_id: the valid-from date "" is not a date YYYY-MM-DD' },
  { row: { purposes: '12' }, log: 'identifier x_id: "12" is not a TCF purpose (1-11)' },
  { row: { customPurpose: 'rec' }, log: 'identifier x_id: the custom purpose is not a positive integer' },
  { row: { vendors: '' }, log: 'identifier x_id: no vendors' },
  { row: { source: 'header' }, log: 'identifier x_id: the source is not cookie, query or body' },
  { row: { name: 'uid' }, log: 'identifier uid: the name is a hit parameter' },
];
const rows: { [cell: string]: string }[] = [];
for (const entry of bad) {
  const row: { [cell: string]: string } = { name: 'x_id', source: 'cookie', key: '_ga', vendors: '4243', purposes: '1', customPurpose: '', validFrom: '2020-01-01' };
  for (const cell in entry.row) row[cell] = entry.row[cell];
  rows.push(row);
}
const data = dataWith({ routes: identityData.routes, agofEndpoint: '', identifiers: rows.concat(identityData.identifiers as { [cell: string]: string }[]) });

runCode(data);

for (const entry of bad) assertApi('logToConsole').wasCalledWith('iom client: identifier rule skipped: ' + entry.log);
assertThat(forwards(sent)[2]).isEqualTo('https://de.ioam.de/analytics?st=demo&crm_id=C-42 ');
