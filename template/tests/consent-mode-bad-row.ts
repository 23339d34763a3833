// @name Consent Mode - a row with a purpose outside 1-10 fails the tag
import { mockData } from './setup.ts';

runCode({ ...mockData, consentSource: 'consentMode', consentModeMap: [{ consentType: 'analytics_storage', vendor: '730', purposes: '1,11' }] });

assertApi('logToConsole').wasCalledWith('INFOnline measurement: bad Consent Mode row analytics_storage: "730", "1,11"');
assertApi('gtmOnFailure').wasCalled();
assertApi('callInWindow').wasNotCalled();
