// @name Consent Mode - a later change is followed: cookie rewritten, the new ct sent (update)
import { mockData } from './setup.ts';

const granted: { [type: string]: boolean } = { analytics_storage: false };
const listeners: { type: string; listener: (type: string, granted: boolean) => void }[] = [];
mock('isConsentGranted', (type: string) => granted[type] === true);
mock('addConsentListener', (type: string, listener: (type: string, granted: boolean) => void) => {
  listeners.push({ type: type, listener: listener });
});
runCode({
  ...mockData,
  consentSource: 'consentMode',
  onConsentChange: 'update',
  consentModeMap: [{ consentType: 'analytics_storage', vendor: '730', purposes: '1,8' }],
});

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00000000' });
assertApi('gtmOnSuccess').wasCalled();
assertThat(listeners.map((l) => l.type)).isEqualTo(['analytics_storage']);

// The visitor grants analytics storage in the (non-TCF) CMP.
granted.analytics_storage = true;
listeners[0].listener('analytics_storage', true);
assertApi('setCookie').wasCalledWith('iom_consent', 'ff00810000&1767225600000', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, false);
assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: 'ff00810000' });
assertApi('callInWindow').wasNotCalledWith('IOMm', 'pageview', { cp: 'home', co: 'news', sv: 'ke' }, 1);
