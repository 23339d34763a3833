// @name Empty agof endpoint - the agof route is off
import { answerHttp, ctAll, dataWith, request, urls } from './setup.ts';

const sent = answerHttp(200);
request('GET', { st: 'demo', ct: ctAll }, undefined);
const data = dataWith({ agofEndpoint: '' });

runCode(data);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&ct=0100810141']);
