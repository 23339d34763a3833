// @name GET with full consent - each vendor gets only its own fields
import { answerHttp, ctAll, mockData, request, tcAll } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', cp: 'home', co: 'x', ct: ctAll, gdpr: '1', gdpr_consent: tcAll, sv: 'i2', uid: 'u-1', url: 'https://www.example.com/a?b=1' }, undefined);

runCode(mockData);

assertThat(sent).isEqualTo([
  {
    url: 'https://de.ioam.de/tx.io?st=demo&cp=home&co=x&sv=i2&ct=0100810141&url=https%3A%2F%2Fwww.example.com%2Fa%3Fb%3D1',
    method: 'GET', timeout: 2000, body: undefined,
  },
  { url: 'https://de.ioam.de/agof/demo?cp=home&sv=i2&ct=0100810141', method: 'GET', timeout: 2000, body: undefined },
  { url: 'https://de.ioam.de/crm', method: 'POST', timeout: 2000, body: '{"st":"demo","uid":"u-1"}' },
]);
assertApi('claimRequest').wasCalled();
assertApi('setResponseStatus').wasCalledWith(204);
assertApi('returnResponse').wasCalled();
