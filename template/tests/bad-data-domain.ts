// @name Bad fields - a data domain that is not data-….host fails
import { mockData } from './setup.ts';

runCode({ ...mockData, dn: 'https://evil.example/x' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: data domain (dn) "https://evil.example/x" must look like data-1a2b3c4d5e.example.de');
assertApi('gtmOnFailure').wasCalled();
assertApi('injectScript').wasNotCalled();
