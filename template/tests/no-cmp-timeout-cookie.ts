// @name No CMP - a fresh consent cookie is the consent, and is not rewritten
import { cmp, mockData } from './setup.ts';

cmp.present = false;
mock('getCookieValues', ['0100810000&1767200000000']);
runCode({ ...mockData, tcfTimeout: '0' });

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
assertApi('setCookie').wasNotCalled();
assertApi('gtmOnSuccess').wasCalled();
