// @name TCF - a publisher restriction (not allowed) removes purpose 8 for INFOnline
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('tcloaded', ALL, [730, 785], { publisher: { restrictions: { '8': { '730': 0 } } } }), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100010141' });
