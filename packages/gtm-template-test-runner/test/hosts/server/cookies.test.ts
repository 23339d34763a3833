/** The server host's `getCookieValues` source: the request's Cookie header (`src/hosts/server/cookies.ts`). */
import test from 'ava';
import { cookieValues } from '../../../src/hosts/server/cookies.ts';

const cases: [string, string | undefined, string, boolean, string[]][] = [
  ['no Cookie header', undefined, '_ga', true, []],
  ['one cookie among others', 'a=1; _ga=GA1.1.111.222; b=2', '_ga', true, ['GA1.1.111.222']],
  ['the same name twice, in header order', '_ga=first; x=y; _ga=second', '_ga', true, ['first', 'second']],
  ['a name that only starts like the wanted one', '_gat=1; x_ga=2', '_ga', true, []],
  ['percent-encoding decoded', 'crm=C%2042%3B', 'crm', true, ['C 42;']],
  ['percent-encoding kept with noDecode', 'crm=C%2042%3B', 'crm', false, ['C%2042%3B']],
  ['malformed percent-encoding returned as sent', 'crm=100%', 'crm', true, ['100%']],
  ['a quoted value without its quotes', 'q="abc"', 'q', true, ['abc']],
  ['an empty value', 'e=; f=1', 'e', true, ['']],
  ['a value holding "="', 'b64=YQ==', 'b64', true, ['YQ==']],
  ['a pair without "=" is skipped', 'flag; f=1', 'flag', true, []],
];

for (const [name, header, cookie, decode, expected] of cases) {
  test(`cookieValues - ${name}`, (t) => {
    t.deepEqual(cookieValues(header, cookie, decode), expected);
  });
}
