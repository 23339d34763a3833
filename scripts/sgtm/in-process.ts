/**
 * The local server's host without sockets, for in-process measurements (scripts/bench/sandbox-cpu.ts,
 * scripts/sgtm/profile-client.ts): the bench hit goes through the host's Node listener as a fake request, and
 * `sendHttpRequest` is answered at once (204) except, optionally, for one vendor whose outcome callbacks are held.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServerHost, type ServerHost } from '../../packages/gtm-template-test-runner/src/hosts/server/host.ts';
import type { HttpClient } from '../../packages/gtm-template-test-runner/src/hosts/server/http-client.ts';
import type { TemplateFile } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';
import { BENCH_QUERY } from './bench-hit.ts';
import { fieldDefaults } from './server.ts';
import { VENDOR_SPECS } from './stack.ts';
import type { Sink } from './sinks.ts';

/** Stand-ins for the sinks: nothing listens; the fake HTTP client never connects. */
export const offlineSinks: Record<string, Sink> = {};
for (const [index, vendor] of VENDOR_SPECS.entries()) {
  offlineSinks[vendor.name] = { name: vendor.name, origin: `http://127.0.0.1:${9100 + index}`, received: [], behave: () => undefined, close: () => Promise.resolve() };
}

/** The pass-through client's targets: the same stand-in sinks. */
export const offlineTargets = VENDOR_SPECS.map((v) => ({ method: v.method, endpoint: (offlineSinks[v.name] as Sink).origin + v.path }));

export interface Counts {
  responses: number;
  status204: number;
  forwards: number;
}

export const noCounts = (): Counts => ({ responses: 0, status204: 0, forwards: 0 });

/** Answers every forward at once, except those to `heldOrigin`, whose outcome callbacks are kept in `held`. */
function instantHttp(counts: Counts, heldOrigin?: string, held?: unknown[]): HttpClient {
  return {
    inFlight: 0,
    send(url, _options, _body, done) {
      counts.forwards += 1;
      if (heldOrigin !== undefined && url.startsWith(heldOrigin)) held?.push(done);
      else done({ statusCode: 204, headers: {}, body: '' });
    },
    close: () => undefined,
  };
}

export async function offlineHost(file: TemplateFile, data: Record<string, unknown>, counts: Counts, heldOrigin?: string, held?: unknown[]): Promise<ServerHost> {
  const created = await createServerHost({
    template: file,
    data: { ...fieldDefaults(file), ...data },
    permissions: [{ id: 'send_http', params: { allowedUrls: 'specific', urls: ['http://127.0.0.1:*/'] } }],
    httpClient: instantHttp(counts, heldOrigin, held),
    onError: (message) => {
      throw new Error(message);
    },
  });
  if (!created.ok) throw new Error(created.error);
  return created.value;
}

/** One bench hit through the host's Node listener, without a socket. */
export function offlineRequest(target: ServerHost, counts: Counts): void {
  const incoming = new EventEmitter() as EventEmitter & { url: string; method: string; headers: Record<string, string>; socket: { remoteAddress: string } };
  incoming.url = `/iom?${BENCH_QUERY}`;
  incoming.method = 'GET';
  incoming.headers = { host: '127.0.0.1', 'user-agent': 'bench', cookie: 'uid=u-1' };
  incoming.socket = { remoteAddress: '127.0.0.1' };
  const out = {
    writeHead(status: number) {
      counts.responses += 1;
      if (status === 204) counts.status204 += 1;
    },
    end: () => undefined,
  };
  target.handle(incoming as unknown as IncomingMessage, out as unknown as ServerResponse);
  incoming.emit('end');
}

/** Lets the hosts' late wake-ups (setImmediate) run, so they do not pile up. */
export const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
