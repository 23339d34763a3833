/**
 * A loopback HTTP server for test pages and their recording endpoints. Binds 127.0.0.1 on an ephemeral port and
 * records every request it did not serve a page for, so tests can assert exactly what a page sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  /** ms since the server started (performance.now() of this process). */
  at: number;
  body: string;
}

export interface PageServer {
  origin: string;
  /** Serve `html` at `path`. */
  page(path: string, html: string): void;
  /** Serve `body` with a content type at `path` (scripts, pixels). */
  asset(path: string, contentType: string, body: string): void;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, { contentType: string; body: string }>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const route = routes.get(url.split('?')[0] ?? '/');
      if (route) {
        res.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store' });
        res.end(route.body);
        return;
      }
      requests.push({ method: req.method ?? 'GET', url, at: performance.now(), body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => routes.set(path, { contentType: 'text/html; charset=utf-8', body: html }),
    asset: (path, contentType, body) => routes.set(path, { contentType, body }),
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
