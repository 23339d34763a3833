// @name Classic tag - with consent loads iam.js and calls iom.c
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic' });
assertThat(page.scripts).isEqualTo([]);
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
assertApi('gtmOnSuccess').wasCalled();
