// @name Bad fields - a data domain that is not data-….host fails
import { mockData } from './setup.ts';

runCode({ ...mockData, dn: 'https://evil.example/x' });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad data domain: "https://evil.example/x"');
assertApi('gtmOnFailure').wasCalled();
assertApi('injectScript').wasNotCalled();
