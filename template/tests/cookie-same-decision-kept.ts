// @name Consent cookie - the same decision does not rewrite it
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

mock('getCookieValues', ['0100810141&1767000000000']);
runCode(mockData);
tcfEvent(tcData('tcloaded', ALL, [730, 785]), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810141' });
assertApi('setCookie').wasNotCalled();
