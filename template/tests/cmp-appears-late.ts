// @name No CMP yet - looks again on later turns and listens once it appears
import { ALL, clock, cmp, mockData, tcData, tcfEvent } from './setup.ts';

let looks = 0;
mock('copyFromWindow', (key: string) => {
  looks++;
  return key === '__tcfapi' && looks >= 3 ? () => {} : undefined;
});
clock.tick = 10;
runCode(mockData);
assertThat(looks).isEqualTo(3);
assertApi('gtmOnSuccess').wasNotCalled();
assertThat(typeof cmp.listener).isEqualTo('function');
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('gtmOnSuccess').wasCalled();
