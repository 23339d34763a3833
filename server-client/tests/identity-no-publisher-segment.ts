// @name Identity - TC string without a publisher segment - custom purposes not granted, the recording id stripped
import { answerHttp, debugMode, forwards, identityData, linkedVisitor, tcLinkNoPublisherSegment } from './setup.ts';

const sent = answerHttp(200);
debugMode();
linkedVisitor(tcLinkNoPublisherSegment);

runCode(identityData);

assertThat(forwards(sent)).isEqualTo([
  'https://de.ioam.de/tx.io?st=demo ',
  'https://de.ioam.de/crm {"st":"demo","ga_id":"GA1.1.111.222"}',
  'https://de.ioam.de/analytics?st=demo&crm_id=C-42 ',
  'https://de.ioam.de/rec?st=demo ',
]);
assertApi('logToConsole').wasCalledWith('iom client: hit 1: Recording (4244) identifier rec_id stripped by rule rec_id: custom purpose 1 not granted: the TC string has no publisher TC segment');
