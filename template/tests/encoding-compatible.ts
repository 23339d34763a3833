// @name Encoding - compatible sends every purpose and special feature like iam.js
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode({ ...mockData, encoding: 'compatible' });
tcfEvent(tcData('tcloaded', ALL, [730], { specialFeatureOptins: { '1': true, '2': false } }), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0107ff0000' });
