/** URL components as getUrl / getReferrerUrl / getQueryParameters return them (web). */
export type UrlComponent = 'protocol' | 'host' | 'port' | 'path' | 'query' | 'extension' | 'fragment';

const components: Record<UrlComponent, (u: URL) => string> = {
  protocol: (u) => u.protocol.replace(/:$/, ''),
  host: (u) => u.hostname,
  port: (u) => u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : ''),
  path: (u) => u.pathname,
  query: (u) => u.search.replace(/^\?/, ''),
  extension: (u) => {
    const last = u.pathname.split('/').pop() ?? '';
    const dot = last.lastIndexOf('.');
    return dot === -1 ? '' : last.slice(dot + 1);
  },
  fragment: (u) => u.hash.replace(/^#/, ''),
};

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function urlComponent(url: string, component: unknown): string {
  if (component === undefined || component === null || component === '') return url;
  const parsed = parse(url);
  const read = components[component as UrlComponent];
  return parsed === undefined || read === undefined ? '' : read(parsed);
}

export function queryParameters(url: string, key: string, retrieveAll: boolean): string | string[] | undefined {
  const parsed = parse(url);
  const values = parsed === undefined ? [] : parsed.searchParams.getAll(key);
  if (retrieveAll) return values;
  return values[0];
}
