// @name Identity - publisher segment without the custom purpose - the recording id stripped
import { answerHttp, debugMode, forwards, identityData, linkedVisitor, tcLinkNoCustom } from './setup.ts';

const sent = answerHttp(200);
debugMode();
linkedVisitor(tcLinkNoCustom);

runCode(identityData);

assertThat(forwards(sent)[3]).isEqualTo('https://de.ioam.de/rec?st=demo ');
assertApi('logToConsole').wasCalledWith('iom client: hit 1: Recording (4244) identifier rec_id stripped by rule rec_id: custom purpose 1 not granted');
