// @name TCF - a banner reopened after a choice gets its own banner wait; the first one's timer ends nothing
import { ALL, mockData, tcData, tcfEvent, timers, wait } from './setup.ts';

runCode({ ...mockData, uiTimeout: '1000' });
tcfEvent(tcData('cmpuishown', [], []), true);
wait(500);
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('gtmOnSuccess').wasCalled();

// The visitor reopens the banner: the first wait's timer (due at 1000 ms) passes without effect.
tcfEvent(tcData('cmpuishown', [], []), true);
assertThat(timers.length).isEqualTo(2);
wait(999);
assertThat(timers.length).isEqualTo(1);
assertApi('logToConsole').wasNotCalledWith('INFOnline measurement: banner open, no choice within 1000 ms; still listening');
assertApi('callInWindow').wasNotCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100000000' });
