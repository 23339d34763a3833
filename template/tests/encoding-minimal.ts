// @name Encoding - minimal keeps only the purposes each vendor needs
import { ALL, mockData, tcData, tcfEvent } from './setup.ts';

runCode(mockData);
tcfEvent(tcData('tcloaded', ALL, [730], { specialFeatureOptins: { '1': true, '2': true } }), true);

assertApi('callInWindow').wasCalledWith('IOMm', 'configure', { st: 'demo', dn: 'data-0123456789.example.de', ct: '0100810000' });
