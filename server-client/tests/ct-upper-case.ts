// @name ct in upper case (FF, other CMP) - read as in lower case: INFOnline and agof get their purposes, the ct goes on as sent
import { answerHttp, mockData, request } from './setup.ts';

const sent = answerHttp(200);
// 730: purposes 1 and 8; 785: purposes 1, 7 and 9; hex digits in either case are the same ct.
request('GET', { st: 'demo', ct: 'FF00810141' }, undefined);

runCode(mockData);

assertThat(sent).isEqualTo([
  { url: 'https://de.ioam.de/tx.io?st=demo&ct=FF00810141', method: 'GET', timeout: 2000, body: undefined },
  { url: 'https://de.ioam.de/agof/demo?ct=FF00810141', method: 'GET', timeout: 2000, body: undefined },
]);
assertApi('setResponseStatus').wasCalledWith(204);
