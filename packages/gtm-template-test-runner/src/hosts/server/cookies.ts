/**
 * `getCookieValues(name, noDecode)` on the server reads the request's Cookie header: every cookie of that name, in
 * header order (a browser sends the same name more than once for different paths or domains), URI-decoded unless
 * `noDecode` is true. A value that is not valid percent-encoding is returned as sent rather than dropped. A quoted
 * value (RFC 6265 allows DQUOTE *cookie-octet DQUOTE) is returned without its quotes.
 */
export function cookieValues(header: string | undefined, name: string, decode: boolean): string[] {
  if (header === undefined || header === '') return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals === -1) continue;
    if (pair.slice(0, equals).trim() !== name) continue;
    let value = pair.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    values.push(decode ? decoded(value) : value);
  }
  return values;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
