/** `setCookie` options to `document.cookie` (`src/hosts/browser/io.ts`). */
import test from 'ava';
import { cookieString } from '../../../src/hosts/browser/io.ts';

const cases: [string, Record<string, unknown>, string][] = [
  ['GTM\'s domain auto is the page\'s host', { domain: 'auto', path: '/', 'max-age': 2419200, samesite: 'Lax' }, 'iom_consent=v; path=/; max-age=2419200; samesite=Lax'],
  ['an explicit domain, expires and secure', { domain: 'example.de', expires: 'Fri, 01 Jan 2027 00:00:00 GMT', secure: true }, 'iom_consent=v; domain=example.de; path=/; expires=Fri, 01 Jan 2027 00:00:00 GMT; secure'],
  ['no options: a session cookie on /', {}, 'iom_consent=v; path=/'],
];

for (const [name, options, expected] of cases) {
  test(`cookieString - ${name}`, (t) => {
    t.is(cookieString('iom_consent', 'v', options), expected);
  });
}
