// @name One vendor fails, another times out - the others are still sent and the response is 204
import { PromiseApi, ctAll, mockData, request, tcAll } from './setup.ts';

const sent: string[] = [];
mock('sendHttpRequest', (url: string) => {
  sent.push(url);
  return PromiseApi.create((resolve, reject) => {
    if (url.indexOf('/tx.io') !== -1) reject({ reason: 'failed' });
    else if (url.indexOf('/agof/') !== -1) reject({ reason: 'timed_out' });
    else resolve({ statusCode: 500, headers: {}, body: '' });
  });
});
request('GET', { st: 'demo', ct: ctAll, gdpr: '1', gdpr_consent: tcAll }, undefined);

runCode(mockData);

assertThat(sent).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810141', 'https://de.ioam.de/agof/demo?ct=0100810141', 'https://de.ioam.de/crm']);
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
