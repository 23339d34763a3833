// @name TCF - a banner left open: after the banner wait 01 and zeros, the tag ends, a later choice still measures
import { ALL, clock, cmp, mockData, page, tcData, tcfEvent } from './setup.ts';

// The CMP shows its banner as soon as the tag listens; the clock moves 100 ms per reading.
mock('callInWindow', (path: string, command: unknown, _version: unknown, callback: unknown) => {
  if (path === '__tcfapi' && command === 'addEventListener') {
    cmp.listener = callback;
    tcfEvent(tcData('cmpuishown', [], []), true);
  }
  return undefined;
});
clock.tick = 100;
runCode({ ...mockData, tagType: 'classic', uiTimeout: '1000' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: banner open, no choice within 1000 ms; still listening');
assertApi('gtmOnSuccess').wasCalled();
assertApi('setCookie').wasCalledWith('iom_consent', '0100000000&' + clock.now, { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertThat(page.scripts).isEqualTo([]);
assertThat(cmp.removed).isEqualTo([]);

// The visitor accepts later: the classic tag that waited for consent measures now.
tcfEvent(tcData('useractioncomplete', ALL, [730, 785]), true);
assertThat(page.scripts).isEqualTo(['https://script.ioam.de/iam.js']);
assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100810141', sv: 'in' }, 1);
assertApi('gtmOnFailure').wasNotCalled();
