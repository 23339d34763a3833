// @name CMP in another frame - only __tcfapiLocator here: treated as no CMP, waits, then the consent cookie
import { mockData, wait } from './setup.ts';

// The page has the locator frame of a CMP in a parent frame, but no __tcfapi: the sandbox cannot postMessage to it.
mock('copyFromWindow', (key: string) => (key === '__tcfapiLocator' ? {} : undefined));
mock('getCookieValues', ['0100810000&1767200000000']);
runCode(mockData);
wait(500);

assertApi('copyFromWindow').wasNotCalledWith('__tcfapiLocator');
assertApi('callInWindow').wasNotCalledWith('__tcfapi', 'addEventListener', 2);
assertApi('logToConsole').wasCalledWith('INFOnline measurement: no CMP within 500 ms');
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
assertApi('gtmOnSuccess').wasCalled();
