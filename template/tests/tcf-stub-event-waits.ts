// @name TCF - the stub's first call (no eventStatus) only gives the listener id
import { cmp, mockData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent({ cmpStatus: 'stub', listenerId: 3 }, true);

assertApi('setCookie').wasNotCalled();
assertApi('gtmOnSuccess').wasNotCalled();
assertThat(cmp.removed).isEqualTo([]);
