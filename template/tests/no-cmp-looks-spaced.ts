// @name No CMP - looks every 100 ms and once at the deadline (CMP wait 150 ms: at 0, 100 and 150 ms), then measures
import { clock, mockData, wait } from './setup.ts';

const start = clock.now;
const looks: number[] = [];
mock('copyFromWindow', () => {
  looks.push(clock.now - start);
  return undefined;
});
runCode({ ...mockData, tcfTimeout: '150' });
wait(149);
assertThat(looks).isEqualTo([0, 100]);
assertApi('gtmOnSuccess').wasNotCalled();
wait(1);

assertThat(looks).isEqualTo([0, 100, 150]);
assertApi('logToConsole').wasCalledWith('INFOnline measurement: no CMP within 150 ms');
assertApi('gtmOnSuccess').wasCalled();
