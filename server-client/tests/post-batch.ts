// @name POST batch - every hit routed on its own consent, one container run per hit, one response
import { answerHttp, ctAll, ctInfonlineOnly, mockData, request, urls } from './setup.ts';

const sent = answerHttp(200);
let responses = 0;
mock('returnResponse', () => {
  responses = responses + 1;
});
request('POST', {}, '[{"st":"demo","cp":"a","ct":"' + ctAll + '"},{"st":"demo","cp":"b","ct":"' + ctInfonlineOnly + '"}]');

runCode(mockData);

assertThat(urls(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo&cp=a&ct=0100810141',
  'https://de.ioam.de/agof/demo?cp=a&ct=0100810141',
  'https://de.ioam.de/tx.io?st=demo&cp=b&ct=0100810000',
]);
assertThat(responses).isEqualTo(1);
assertApi('runContainer').wasCalled();
