import test from 'ava';
import { decodeUri, decodeUriComponent, encodeUri, encodeUriComponent, parseUrl } from '../../src/apis/pure/url.ts';

test('parseUrl - every field of a full URL; repeated query keys as arrays', (t) => {
  t.deepEqual(parseUrl('https://user:pw@Example.com:8080/a/b.html?x=1&x=2&y=&z=%C3%A4#frag'), {
    href: 'https://user:pw@example.com:8080/a/b.html?x=1&x=2&y=&z=%C3%A4#frag',
    origin: 'https://example.com:8080',
    protocol: 'https:',
    username: 'user',
    password: 'pw',
    host: 'example.com:8080',
    hostname: 'example.com',
    port: '8080',
    pathname: '/a/b.html',
    search: '?x=1&x=2&y=&z=%C3%A4',
    searchParams: { x: ['1', '2'], y: '', z: 'ä' },
    hash: '#frag',
  });
});

test('parseUrl - absent parts are "" and {}', (t) => {
  t.deepEqual(parseUrl('https://example.com'), {
    href: 'https://example.com/',
    origin: 'https://example.com',
    protocol: 'https:',
    username: '',
    password: '',
    host: 'example.com',
    hostname: 'example.com',
    port: '',
    pathname: '/',
    search: '',
    searchParams: {},
    hash: '',
  });
});

test('parseUrl - an empty query ("?" alone, separators only) has no parameters; a bare key is ""', (t) => {
  t.deepEqual(parseUrl('https://example.com/p?')?.searchParams, {});
  t.is(parseUrl('https://example.com/p?')?.search, '');
  t.deepEqual(parseUrl('https://example.com/p?&&#x')?.searchParams, {});
  t.is(parseUrl('https://example.com/p?&&#x')?.search, '?&&');
  t.deepEqual(parseUrl('https://example.com/p?a&b=2#c=3')?.searchParams, { a: '', b: '2' });
});

test('parseUrl - a query key "__proto__" is an own key', (t) => {
  const parsed = parseUrl('https://example.com/?__proto__=1');
  t.deepEqual(Object.keys(parsed?.searchParams ?? {}), ['__proto__']);
  t.is(Object.getPrototypeOf(parsed?.searchParams), Object.prototype);
});

test('parseUrl - undefined for malformed URLs and non-URLs', (t) => {
  t.is(parseUrl('example.com/path'), undefined);
  t.is(parseUrl('https://exa mple.com/'), undefined);
  t.is(parseUrl(''), undefined);
  t.is(parseUrl(undefined), undefined);
});

test('encodeUri / encodeUriComponent - escapes as JavaScript does', (t) => {
  t.is(encodeUri('https://example.com/a b?q=ä&r=1#x'), 'https://example.com/a%20b?q=%C3%A4&r=1#x');
  t.is(encodeUriComponent('a b&c=d/ä'), 'a%20b%26c%3Dd%2F%C3%A4');
  t.is(encodeUriComponent(12), '12');
});

test('encodeUri / encodeUriComponent - undefined for a lone surrogate', (t) => {
  t.is(encodeUri('\uD800'), undefined);
  t.is(encodeUriComponent('a\uDC00'), undefined);
});

test('decodeUri / decodeUriComponent - decode, and undefined on malformed escapes', (t) => {
  t.is(decodeUriComponent('a%20b%26c%3Dd%2F%C3%A4'), 'a b&c=d/ä');
  t.is(decodeUri('https://example.com/a%20b?q=%26'), 'https://example.com/a b?q=%26');
  t.is(decodeUriComponent('%'), undefined);
  t.is(decodeUriComponent('%E0%A4%A'), undefined);
  t.is(decodeUri('%C3'), undefined);
});
