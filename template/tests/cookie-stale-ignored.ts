// @name Consent cookie - older than its lifetime it is ignored and rewritten
import { cmp, mockData } from './setup.ts';

cmp.present = false;
mock('getCookieValues', ['0100810000&1764000000000']);
runCode({ ...mockData, tcfTimeout: '0' });

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0000000000' });
assertApi('setCookie').wasCalledWith('iom_consent', '0000000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
