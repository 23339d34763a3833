// @name Identity - every requirement holds - each vendor gets the identifiers its rules allow, and only those
import { answerHttp, forwards, identityData, linkedVisitor, tcLinkAll } from './setup.ts';

const sent = answerHttp(200);
linkedVisitor(tcLinkAll);

runCode(identityData);

assertThat(forwards(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo ',
  'https://de.ioam.de/crm {"st":"demo","ga_id":"GA1.1.111.222"}',
  'https://de.ioam.de/analytics?st=demo&crm_id=C-42 ',
  'https://de.ioam.de/rec?st=demo&rec_id=rec77 ',
]);
