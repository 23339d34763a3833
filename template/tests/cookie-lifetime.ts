// @name Consent cookie - name and lifetime come from the fields
import { cmp, mockData } from './setup.ts';

cmp.present = false;
runCode({ ...mockData, tcfTimeout: '0', cookieDays: '7' });

assertApi('setCookie').wasCalledWith('iom_consent', '0000000000&1767225600000', { domain: 'auto', path: '/', 'max-age': 604800, samesite: 'Lax' }, false);
