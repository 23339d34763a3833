// @name TCF - the listener stays while consent changes update the cookie
import { ALL, cmp, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertThat(cmp.removed).isEqualTo([]);
