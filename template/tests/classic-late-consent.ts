// @name Legal basis consent - the classic tag measures once consent comes later
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic' });
tcfEvent(tcData('tcloaded', [], []), true);
assertThat(page.scripts).isEqualTo([]);
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
tcfEvent(tcData('useractioncomplete', [1, 8], [730]), true);

assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
assertApi('callInWindow').wasNotCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810000', sv: 'ke' }, 1);
assertApi('callInWindow').wasNotCalledWith('iom.ct', '0100810000');
