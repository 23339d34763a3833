/**
 * The benchmark's case (c): a bare Node HTTP forwarder doing the client's forwards (same 5 vendors, methods and
 * paths, each with a 2 s timeout) without any sandbox; it answers 204 before forwarding, as the client does.
 */
import http from 'node:http';
import { MAX_FREE_SOCKETS } from '../../packages/gtm-template-test-runner/src/hosts/server/http-client.ts';
import type { AddressInfo } from 'node:net';
import { VENDOR_SPECS } from './stack.ts';
import type { Sink } from './sinks.ts';

export async function bareForwarder(sinks: Record<string, Sink>): Promise<{ url: string; close(): Promise<void> }> {
  // The server host's connection pool (no cap on sockets, MAX_FREE_SOCKETS idle kept), so that both hold a slow
  // vendor's forwards open alike; with Node's 256 idle and a cap of 256 sockets, a 1 s vendor's forwards queued
  // in the agent instead, and the pool reopened sockets all the time.
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: MAX_FREE_SOCKETS });
  const targets = VENDOR_SPECS.map((v) => ({ method: v.method, endpoint: (sinks[v.name]?.origin ?? '') + v.path }));
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://local');
    request.resume();
    if (url.pathname !== '/iom') {
      response.writeHead(400);
      response.end();
      return;
    }
    const values: Record<string, string> = {};
    for (const [key, value] of url.searchParams) values[key] = value;
    response.writeHead(204);
    response.end();
    for (const target of targets) {
      const endpoint = target.endpoint.split('{st}').join(encodeURIComponent(values.st ?? ''));
      const body = target.method === 'POST' ? JSON.stringify(values) : undefined;
      const out = http.request(target.method === 'POST' ? endpoint : `${endpoint}?${url.searchParams.toString()}`, {
        method: target.method, agent, timeout: 2000,
        headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      }, (answer) => answer.resume());
      out.on('error', () => undefined);
      out.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      agent.destroy();
    }),
  };
}
