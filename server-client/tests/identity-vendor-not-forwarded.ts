// @name Identity - a vendor that does not get the hit - its identifiers stripped, nothing sent to it
import { answerHttp, cookies, debugMode, forwards, identityData, request, tcCrmOnly } from './setup.ts';

const sent = answerHttp(200);
debugMode();
request('POST', {}, '{"st":"demo","gdpr":"1","gdpr_consent":"' + tcCrmOnly + '","crm_id":"C-42"}');
cookies({ _ga: 'GA1.1.111.222', _clck: 'rec77' });

runCode(identityData);

assertThat(forwards(sent)).isEqualTo(['https://de.ioam.de/crm {"st":"demo"}']);
assertApi('logToConsole').wasCalledWith('iom client: hit 1: Analytics (4243) identifier crm_id stripped by rule crm_id: the hit is not forwarded to this vendor');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) identifier ga_id stripped by rule ga_id: purposes not granted: 9');
