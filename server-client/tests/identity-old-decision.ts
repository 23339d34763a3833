// @name Identity - a decision older than a rule's valid-from - that rule's identifiers stripped, older rules still apply
import { answerHttp, forwards, identityData, linkedVisitor, tcLinkOld } from './setup.ts';

const sent = answerHttp(200);
linkedVisitor(tcLinkOld);

runCode(identityData);

assertThat(forwards(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo ',
  'https://de.ioam.de/crm {"st":"demo","ga_id":"GA1.1.111.222"}',
  'https://de.ioam.de/analytics?st=demo ',
  'https://de.ioam.de/rec?st=demo ',
]);
