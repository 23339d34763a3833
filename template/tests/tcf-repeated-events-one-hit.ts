// @name TCF - a repeated final event with the same choice does not measure again
import { ALL, mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, sendToServer: true, serverUrl: 'https://sgtm.example.de/iom' });
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);

assertThat(page.pixels.length).isEqualTo(1);
assertApi('setCookie').wasCalledWith('iom_consent', '0100810141&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('logToConsole').wasNotCalledWith('INFOnline measurement: consent changed to 0100810141');
