// @name runContainer gets the hit and the consent per vendor
import { answerHttp, ctInfonlineOnly, mockData, request } from './setup.ts';

answerHttp(200);
request('GET', { st: 'demo', cp: 'home', ct: ctInfonlineOnly }, undefined);

runCode(mockData);

assertApi('runContainer').wasCalledWith({
  event_name: 'iom_hit',
  st: 'demo',
  cp: 'home',
  ct: '0100810000',
  consent_per_vendor: {
    '730': { label: 'INFOnline', purposes_needed: [1, 8], purposes_granted: [1, 8], forwarded: true },
    '785': { label: 'agof', purposes_needed: [1, 7, 9], purposes_granted: [], forwarded: false },
    '4242': { label: 'CRM', purposes_needed: [1], purposes_granted: [], forwarded: false },
  },
});
