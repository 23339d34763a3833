// @name Identity - link rows naming an unknown identifier, one identifier twice, or a placeholder endpoint are skipped
import { answerHttp, dataWith, debugMode, forwards, identityData, linkedVisitor, tcLinkAll } from './setup.ts';

const sent = answerHttp(200);
debugMode();
linkedVisitor(tcLinkAll);
const data = dataWith({
  routes: identityData.routes,
  agofEndpoint: '',
  identifiers: identityData.identifiers,
  linkEvents: [
    { label: 'L1', first: 'ga_id', second: 'email', vendorId: '4242', endpoint: 'https://de.ioam.de/link' },
    { label: 'L2', first: 'ga_id', second: 'ga_id', vendorId: '4242', endpoint: 'https://de.ioam.de/link' },
    { label: 'L3', first: 'ga_id', second: 'crm_id', vendorId: '4242', endpoint: 'https://de.ioam.de/link/{ga_id}' },
    { label: 'L4', first: 'ga_id', second: 'crm_id', vendorId: 'crm', endpoint: 'https://de.ioam.de/link' },
  ],
});

runCode(data);

assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L1: "email" is not an identifier rule');
assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L2: a link needs two different identifiers');
assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L3: the endpoint has a placeholder; a link event\'s endpoint is fixed');
assertApi('logToConsole').wasCalledWith('iom client: link event skipped: L4: the GVL id is not a positive integer');
assertThat(forwards(sent).filter((line) => line.indexOf('/link') !== -1)).isEqualTo([]);
