// @name No CMP yet - looks again every 100 ms and listens once it appears
import { ALL, cmp, mockData, tcData, tcfEvent, timers, wait } from './setup.ts';

let looks = 0;
mock('copyFromWindow', (key: string) => {
  looks++;
  return key === '__tcfapi' && looks >= 3 ? () => {} : undefined;
});
runCode(mockData);
// One look now, the next one on the page's timer: nothing runs in between.
assertThat(looks).isEqualTo(1);
assertThat(timers.length).isEqualTo(1);
wait(99);
assertThat(looks).isEqualTo(1);
wait(101);
assertThat(looks).isEqualTo(3);
assertThat(timers).isEqualTo([]);
assertApi('gtmOnSuccess').wasNotCalled();
assertThat(typeof cmp.listener).isEqualTo('function');
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('gtmOnSuccess').wasCalled();
