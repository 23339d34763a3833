// @name Consent Mode - compatible encoding keeps every mapped purpose
import { mockData } from './setup.ts';

mock('isConsentGranted', true);
runCode({
  ...mockData,
  consentSource: 'consentMode',
  encoding: 'compatible',
  consentModeMap: [{ consentType: 'analytics_storage', vendor: '785', purposes: '1,2,9' }],
});

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00000103' });
