// @name Consent Mode - granted types map to purposes per vendor (ff)
import { mockData } from './setup.ts';

mock('isConsentGranted', (type: string) => type === 'analytics_storage');
runCode({
  ...mockData,
  consentSource: 'consentMode',
  consentModeMap: [
    { consentType: 'analytics_storage', vendor: '730', purposes: '1, 8, 9' },
    { consentType: 'ad_storage', vendor: '785', purposes: '1,7,9' },
  ],
});

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810000' });
assertApi('callInWindow').wasCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' });
