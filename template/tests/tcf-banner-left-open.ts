// @name TCF - a banner left open: after the banner wait 01 and zeros, the tag ends, a later choice still measures
import { ALL, clock, cmp, inWindow, mockData, page, tcData, tcfEvent, wait } from './setup.ts';

// The CMP shows its banner as soon as the tag listens.
mock('callInWindow', (path: string, command: unknown, version: unknown, callback: unknown, parameter: unknown) => {
  inWindow(path, command, version, callback, parameter);
  if (path === '__tcfapi' && command === 'addEventListener') tcfEvent(tcData('cmpuishown', [], []), true);
  return undefined;
});
runCode({ ...mockData, tagType: 'classic', uiTimeout: '1000' });
wait(999);
assertApi('gtmOnSuccess').wasNotCalled();
wait(1);

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
