// @name Identity - purpose 9 not granted - the linking identifiers stripped, the recording id (1, 5) still attached
import { answerHttp, debugMode, forwards, identityData, linkedVisitor, tcLinkNoPurpose9 } from './setup.ts';

const sent = answerHttp(200);
debugMode();
linkedVisitor(tcLinkNoPurpose9);

runCode(identityData);

assertThat(forwards(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo ',
  'https://de.ioam.de/crm {"st":"demo"}',
  'https://de.ioam.de/analytics?st=demo ',
  'https://de.ioam.de/rec?st=demo&rec_id=rec77 ',
]);
assertApi('logToConsole').wasCalledWith('iom client: hit 1: CRM (4242) identifier ga_id stripped by rule ga_id: purposes not granted: 9');
