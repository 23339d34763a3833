// @name TCF - gdprApplies false: 01 and zeros, and the classic tag may measure
import { mockData, page, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic' });
tcfEvent({ gdprApplies: false, eventStatus: 'tcloaded', cmpStatus: 'loaded', listenerId: 0 }, true);

assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100000000', sv: 'ke' }, 1);
assertApi('gtmOnSuccess').wasCalled();
