import test from 'ava';
import { matchesUrlPattern, parseUrlPattern, urlAllowed, wildcardMatch } from '../../src/permissions/url-pattern.ts';

const matches = test.macro({
  exec(t, pattern: string, url: string, expected: boolean) {
    const parsed = parseUrlPattern(pattern);
    if (!parsed.ok) return t.fail(parsed.error.message);
    t.is(matchesUrlPattern(parsed.value, url), expected);
  },
  title: (_provided, pattern: string, url: string, expected: boolean) => `matchesUrlPattern - ${pattern} ${expected ? 'allows' : 'refuses'} ${url}`,
});

test(matches, 'https://example.com/pixel', 'https://example.com/pixel', true);
test(matches, 'https://example.com/pixel', 'https://example.com/pixel?a=1#f', true);
test(matches, 'https://example.com/pixel', 'https://example.com/pixel/2', false);
test(matches, 'https://example.com/pixel', 'https://example.com/pixe', false);
test(matches, 'https://example.com/pixel', 'http://example.com/pixel', false);
test(matches, 'https://example.com/pixel', 'https://evil.example/pixel', false);
test(matches, 'https://example.com/pixel', 'https://example.com.evil.example/pixel', false);
test(matches, 'https://example.com/pixel', 'https://EXAMPLE.com/pixel', true);
test(matches, 'https://example.com/', 'https://example.com', true);
test(matches, 'https://example.com/*', 'https://example.com/a/b?c=d', true);
test(matches, 'https://example.com/collect*', 'https://example.com/collect?v=1&t=pageview', true);
test(matches, 'https://example.com/collect*', 'https://example.com/other', false);
test(matches, 'https://example.com/a/*/c', 'https://example.com/a/b/x/c', true);
test(matches, 'https://example.com/a/*/c', 'https://example.com/a/b/d', false);
test(matches, 'https://example.com/tr?id=*', 'https://example.com/tr?id=42', true);
test(matches, 'https://example.com/tr?id=*', 'https://example.com/tr?x=42', false);
test(matches, 'https://*.example.com/', 'https://a.b.example.com/', true);
test(matches, 'https://*.example.com/', 'https://example.com/', false);
test(matches, 'https://*.example.com/', 'https://t.example.com/t/gtm/tx_{"m":"1"}.png', true);
test(matches, 'https://example.com/lib/', 'https://example.com/lib/a/b.js', true);
test(matches, 'https://example.com/lib/', 'https://example.com/library.js', false);
test(matches, 'https://example.com/lib', 'https://example.com/lib/a.js', false);
test(matches, 'https://*.example.com/', 'https://badexample.com/', false);
test(matches, 'https://*.example.com/*', 'https://cdn.example.com/lib.js', true);
test(matches, 'https://example.com/', 'https://example.com:8443/', false);
test(matches, 'https://example.com:8443/', 'https://example.com:8443/', true);
test(matches, 'https://example.com:443/', 'https://example.com/', true);
test(matches, 'https://example.com:*/', 'https://example.com:9/', true);
test(matches, 'http://localhost/*', 'http://localhost/sink', true);

const refused = test.macro({
  exec(t, pattern: string) {
    t.deepEqual(parseUrlPattern(pattern), {
      ok: false,
      error: { code: 'url-pattern', message: `invalid URL match pattern "${pattern}": expected scheme://host/path, e.g. "https://*.example.com/path*"` },
    });
  },
  title: (_provided, pattern: string) => `parseUrlPattern - refuses ${JSON.stringify(pattern)}`,
});

test(refused, 'example.com/pixel');
test(refused, '//example.com/pixel');
test(refused, 'https://example.com');
test(refused, 'https://*/');
test(refused, 'ftp://example.com/');
test(refused, 'https://exa*mple.com/');

test('urlAllowed - any pattern of the list; invalid patterns match nothing', (t) => {
  t.true(urlAllowed(['https://a.example/*', 'https://b.example/*'], 'https://b.example/x'));
  t.false(urlAllowed(['https://*/'], 'https://b.example/'));
  t.false(urlAllowed([], 'https://b.example/'));
  t.false(urlAllowed(['https://b.example/*'], 'not a url'));
});

test('wildcardMatch - literal text, leading, middle and trailing stars', (t) => {
  t.true(wildcardMatch('abc', 'abc'));
  t.false(wildcardMatch('abc', 'abcd'));
  t.true(wildcardMatch('*', ''));
  t.true(wildcardMatch('_ga*', '_ga_XYZ'));
  t.true(wildcardMatch('*_id', 'user_id'));
  t.true(wildcardMatch('a*b*c', 'aXbYc'));
  t.false(wildcardMatch('a*b*c', 'aXcYb'));
  t.false(wildcardMatch('ab*ba', 'aba'));
});
