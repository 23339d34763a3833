// @name POST with one hit object - forwarded like a GET hit
import { answerHttp, ctInfonlineOnly, mockData, request, urls } from './setup.ts';

const sent = answerHttp(200);
request('POST', {}, '{"st":"demo","cp":"news","ct":"' + ctInfonlineOnly + '"}');

runCode(mockData);

assertThat(urls(sent)).isEqualTo(['https://de.ioam.de/tx.io?st=demo&cp=news&ct=0100810000']);
assertApi('setResponseStatus').wasCalledWith(204);
