// @name Server hit - identifiers from permitted first-party cookies travel as their query parameters; others are skipped
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

const jar: { [name: string]: string[] } = { iom_consent: [], crm_id: ['c-42'], _ga: ['GA1.1.5.6'] };
mock('getCookieValues', (name: string) => jar[name] || []);
// The permission lists crm_id, not _ga.
mock('queryPermission', (permission: string, cookie: unknown) => permission === 'get_cookies' && (cookie === 'crm_id' || cookie === 'absent'));
runCode({
  ...mockData,
  tagType: 'none',
  sendToServer: true,
  serverUrl: 'https://sgtm.example.de/iom',
  identifiers: [
    { name: 'crm_id', cookie: 'crm_id' },
    { name: 'ga_id', cookie: '_ga' },
    { name: 'st', cookie: 'crm_id' },
    { name: 'uid', cookie: 'crm_id' },
    { name: 'crm id', cookie: 'crm_id' },
    { name: 'other', cookie: 'absent' },
  ],
});
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertThat(page.pixels).isEqualTo([
  'https://sgtm.example.de/iom?st=demo&cp=home&co=news&ct=0100810141&sv=in&gdpr=1&gdpr_consent=TC-tcloaded&url=https%3A%2F%2Fgtm-msr.appspot.com%2Frender&ref=&cts=1767225600000&crm_id=c-42',
]);
assertApi('getCookieValues').wasNotCalledWith('_ga');
assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier ga_id skipped: bad name, cookie _ga not permitted or absent');
assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier st skipped: bad name, cookie crm_id not permitted or absent');
assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier uid skipped: bad name, cookie crm_id not permitted or absent');
assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier crm id skipped: bad name, cookie crm_id not permitted or absent');
assertApi('logToConsole').wasCalledWith('INFOnline measurement: identifier other skipped: bad name, cookie absent not permitted or absent');
assertApi('gtmOnSuccess').wasCalled();
