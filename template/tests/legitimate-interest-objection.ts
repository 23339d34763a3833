// @name Legal basis legitimate interest - an objection to 730 stops the classic tag
import { mockData, page, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, tagType: 'classic', legalBasis: 'legitimateInterest' });
tcfEvent(tcData('tcloaded', [1, 8], [], { vendor: { consents: {}, legitimateInterests: { '730': false } } }), true);

assertThat(page.scripts).isEqualTo([]);
assertApi('logToConsole').wasCalledWith('INFOnline measurement: no legitimateInterest for the pseudonymous measurement: iam.js not loaded');
