/**
 * `sendHttpRequest` over real HTTP for the server host: Node's `http`/`https` with keep-alive agents, the
 * sandbox's timeout option (default 15000 ms, as GTM), and GTM's outcomes: the response (any status), or
 * `{ reason: 'failed' }` / `{ reason: 'timed_out' }`. `done` is called exactly once.
 */
import http from 'node:http';
import https from 'node:https';
import type { HttpResult } from '../../runtime/io.ts';

export const DEFAULT_HTTP_TIMEOUT_MS = 15000;

/** Bound on a vendor's response body kept for the sandbox (GTM does not document one; a sink answers little). */
export const MAX_RESPONSE_BODY = 1024 * 1024;

/**
 * Idle keep-alive sockets kept per host (Node's default is 256). A vendor that answers slowly holds a socket per
 * request in flight (hundreds at a few hundred hits/s and 1 s); when they come back idle, the default pool closed
 * all but 256 and the next requests opened new connections, a TCP handshake each on both sides.
 */
export const MAX_FREE_SOCKETS = 2048;

export interface HttpClient {
  send(url: string, options: Record<string, unknown>, body: unknown, done: (result: HttpResult | { reason: string }) => void): void;
  /** Requests sent and not yet settled. */
  readonly inFlight: number;
  close(): void;
}

export function createHttpClient(): HttpClient {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxFreeSockets: MAX_FREE_SOCKETS }),
    'https:': new https.Agent({ keepAlive: true, maxFreeSockets: MAX_FREE_SOCKETS }),
  };
  let inFlight = 0;
  return {
    get inFlight() {
      return inFlight;
    },
    send(url, options, body, done) {
      let settled = false;
      const finish = (result: HttpResult | { reason: string }): void => {
        if (settled) return;
        settled = true;
        inFlight -= 1;
        done(result);
      };
      inFlight += 1;
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        finish({ reason: 'failed' });
        return;
      }
      const protocol = target.protocol;
      if (protocol !== 'http:' && protocol !== 'https:') {
        finish({ reason: 'failed' });
        return;
      }
      const method = typeof options.method === 'string' ? options.method.toUpperCase() : 'GET';
      const timeout = typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : DEFAULT_HTTP_TIMEOUT_MS;
      const headers: Record<string, string> = {};
      if (typeof options.headers === 'object' && options.headers !== null) {
        for (const [name, value] of Object.entries(options.headers)) if (typeof value === 'string') headers[name] = value;
      }
      const payload = body === undefined || body === null ? undefined : typeof body === 'string' ? body : String(body);
      if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
      const send = protocol === 'https:' ? https.request : http.request;
      const request = send(target, { method, headers, agent: agents[protocol] }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_RESPONSE_BODY) chunks.push(chunk);
        });
        response.on('end', () => {
          clearTimeout(timer);
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          finish({ statusCode: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', () => {
          clearTimeout(timer);
          finish({ reason: 'failed' });
        });
      });
      const timer = setTimeout(() => {
        finish({ reason: 'timed_out' });
        request.destroy();
      }, timeout);
      timer.unref();
      request.on('error', () => {
        clearTimeout(timer);
        finish({ reason: 'failed' });
      });
      request.end(payload);
    },
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
