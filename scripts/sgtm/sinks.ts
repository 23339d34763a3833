/**
 * Vendor sinks on loopback: HTTP servers that record every request they receive (method, path and query, body)
 * and answer with a configurable status after a configurable delay; a sink can also be "down" (each connection
 * is reset without an answer). Tests, the demo and the benchmarks count what each vendor received here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  body: string;
}

export interface SinkBehaviour {
  /** The vendor is down: the connection is reset without an answer, nothing is recorded. */
  down?: boolean;
  status?: number;
  /** Milliseconds before answering. */
  delayMs?: number;
}

export interface Sink {
  name: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: Received[];
  behave(behaviour: SinkBehaviour): void;
  close(): Promise<void>;
}

export async function startSink(name: string, behaviour: SinkBehaviour = {}, record = true): Promise<Sink> {
  let current: SinkBehaviour = behaviour;
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    if (current.down === true) {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (record) received.push({ method: request.method ?? '', url: request.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      const answer = (): void => {
        response.writeHead(current.status ?? 204);
        response.end();
      };
      if ((current.delayMs ?? 0) > 0) setTimeout(answer, current.delayMs);
      else answer();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    origin: `http://127.0.0.1:${port}`,
    received,
    behave(next) {
      current = next;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
