// @name TCF - the listener is removed by the id the CMP gave it
import { cmp, mockData, tcData, tcfEvent } from './setup.ts';

cmp.listenerId = 7;
runCode({ ...mockData, onConsentChange: 'ignore' });
tcfEvent(tcData('tcloaded', [], []), true);

assertThat(cmp.removed).isEqualTo([7]);
