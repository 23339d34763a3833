// @name Consent cookie - a malformed value is not a starting value
import { cmp, mockData } from './setup.ts';

cmp.present = false;
mock('getCookieValues', ['01008100&1767200000000', 'zz00810000&1767200000000', '0100810000']);
runCode({ ...mockData, tcfTimeout: '0' });

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0000000000' });
