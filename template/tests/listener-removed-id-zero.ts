// @name TCF - listening stops after the measurement when changes are ignored (listenerId 0)
import { ALL, cmp, mockData, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, onConsentChange: 'ignore' });
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertThat(cmp.removed).isEqualTo([0]);
tcfEvent(tcData('useractioncomplete', [], []), true);
assertApi('setCookie').wasNotCalledWith('iom_consent', '0100000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
