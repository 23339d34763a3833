// @name Legal basis legitimate interest - purpose 8 on LI measures without consent
import { mockData, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic', legalBasis: 'legitimateInterest' });
tcfEvent(tcData('tcloaded', [], [], {
  purpose: { consents: {}, legitimateInterests: { '8': true } },
  vendor: { consents: {}, legitimateInterests: { '730': true } },
}), true);

assertApi('callInWindow').wasCalledWith('iom.c', { st: 'demo', cp: 'home', co: 'news', ct: '0100800000', sv: 'ke' }, 1);
assertApi('gtmOnSuccess').wasCalled();
