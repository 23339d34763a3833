// @name Consent Mode - with "Nothing" on consent change no listener is added
import { mockData } from './setup.ts';

mock('isConsentGranted', () => true);
runCode({
  ...mockData,
  consentSource: 'consentMode',
  onConsentChange: 'ignore',
  consentModeMap: [{ consentType: 'analytics_storage', vendor: '730', purposes: '1,8' }],
});

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810000' });
assertApi('addConsentListener').wasNotCalled();
assertApi('gtmOnSuccess').wasCalled();
