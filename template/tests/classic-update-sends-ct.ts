// @name Consent change - with updates on, the classic tag gets iom.ct, not a second iom.c
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic', onConsentChange: 'update' });
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
tcfEvent(tcData('useractioncomplete', [1, 8], [730]), true);

assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
assertApi('callInWindow').wasCalledWith('iom.ct', '0100810000');
assertApi('callInWindow').wasNotCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810000', sv: 'ke' }, 1);
