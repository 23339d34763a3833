/**
 * The runner's server host: one HTTP request in, the client template executed in the runner's sandbox (the same
 * one the tests use) with real I/O, one HTTP response out. The request's headers, query, body and cookies
 * (`getCookieValues`, from the Cookie header) reach the template. `sendHttpRequest` goes over real HTTP
 * (`./http-client.ts`); `runContainer` hands the event to `onEvent` (the local host has no tags; it runs the
 * container's callbacks at once, as a container without tags would). The response is written when the template
 * calls `returnResponse()`; a second call is counted and ignored.
 *
 * The host also answers what GTM's server answers without a client: 400 when no client claims the request, 500
 * when the claiming client fails before responding or does not respond in time, 413 for an oversize body.
 */
import type { IncomingMessage, ServerResponse as NodeResponse } from 'node:http';
import { loadDefaultRuntime, type RunnerRuntime } from '../../run.ts';
import { loadTemplate, type ExecuteOptions, type LoadedTemplate } from '../../runtime/execute.ts';
import { createRecordingIo, type ServerRequest, type ServerResponse } from '../../runtime/io.ts';
import { encodePermission } from '../../permissions/typed-value.ts';
import { parseTpl } from '../../tpl/parse.ts';
import { formatDiagnostic } from '../../diagnostics.ts';
import type { Permission, TemplateFile } from '../../tpl/types.ts';
import { cookieValues } from './cookies.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';

export interface ServerHostOptions {
  /** The client template: `.tpl` text or a parsed file. */
  template: string | TemplateFile;
  fileName?: string;
  /** The template's field values (`data`). */
  data: Record<string, unknown>;
  /**
   * Permissions that replace the template's entries with the same id, as a publisher edits them in GTM's
   * permissions tab (e.g. `send_http` URLs for vendor hosts on loopback).
   */
  permissions?: Permission[];
  /** `getContainerVersion().debugMode`: preview mode (default false). */
  debugMode?: boolean;
  /** Each event the template passes to `runContainer`. */
  onEvent?: (event: Record<string, unknown>) => void;
  /** `logToConsole` output (default: dropped). */
  onLog?: (args: unknown[]) => void;
  /** An error raised by the template (during the request or in a later callback). */
  onError?: (message: string) => void;
  /** How long a claimed request may wait for `returnResponse()` (default 10000 ms). */
  responseTimeoutMs?: number;
  /** Largest request body accepted (default 1 MiB); larger ones get 413 before the template runs. */
  maxBodyBytes?: number;
  /** Step and time bounds of one request's execution, callbacks included (default: the runner's). */
  bounds?: ExecuteOptions['bounds'];
  runtime?: RunnerRuntime;
  /** Where `sendHttpRequest` goes (default: real HTTP, `./http-client.ts`); the in-process CPU bench answers at once. */
  httpClient?: HttpClient;
}

export interface ServerHostStats {
  requests: number;
  claimed: number;
  unclaimed: number;
  responses: number;
  /** `returnResponse()` called again after the response was sent. */
  duplicateResponses: number;
  /** Claimed requests answered by the host because the template failed or never responded. */
  failedResponses: number;
  errors: number;
}

export interface ServerHost {
  /** A Node `http` request listener. */
  handle(request: IncomingMessage, response: NodeResponse): void;
  readonly stats: ServerHostStats;
  /** Outgoing requests not yet settled. */
  readonly inFlight: number;
  close(): void;
}

const PIXEL_TYPE = 'image/gif';

export async function createServerHost(options: ServerHostOptions): Promise<{ ok: true; value: ServerHost } | { ok: false; error: string }> {
  const fileName = options.fileName ?? 'template.tpl';
  let file: TemplateFile;
  if (typeof options.template === 'string') {
    const parsed = parseTpl(options.template, fileName);
    if (!parsed.ok) return { ok: false, error: parsed.diagnostics.map(formatDiagnostic).join('\n') };
    file = parsed.value;
  } else file = options.template;
  if (file.context !== 'SERVER') return { ok: false, error: `${fileName}: not a server template (containerContexts has no SERVER)` };
  if (options.permissions !== undefined) file = withPermissions(file, options.permissions);
  const runtime = options.runtime ?? (await loadDefaultRuntime());
  const loaded = loadTemplate(file, runtime, fileName);
  if (!loaded.ok) return { ok: false, error: loaded.error.message };
  return { ok: true, value: serverHost(loaded.value, options) };
}

function withPermissions(file: TemplateFile, replacements: Permission[]): TemplateFile {
  const replaced = new Set(replacements.map((p) => p.id));
  return {
    ...file,
    permissions: [...file.permissions.filter((entry) => !replaced.has(entry.instance.key.publicId)), ...replacements.map(encodePermission)],
  };
}

function serverHost(template: LoadedTemplate, options: ServerHostOptions): ServerHost {
  const http: HttpClient = options.httpClient ?? createHttpClient();
  const templateStorage = new Map<string, unknown>();
  const stats: ServerHostStats = { requests: 0, claimed: 0, unclaimed: 0, responses: 0, duplicateResponses: 0, failedResponses: 0, errors: 0 };
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const responseTimeout = options.responseTimeoutMs ?? 10000;
  const reportError = (message: string): void => {
    stats.errors += 1;
    options.onError?.(message);
  };

  // One function for all executions, made outside `run`: the scheduler of an execution with a forward in flight
  // keeps it, and a closure made inside `run` would keep that request's whole state (response, socket) as well.
  const executionError = (error: { message: string }): void => reportError(error.message);

  const run = (request: ServerRequest, out: NodeResponse): void => {
    let claimed = false;
    let sent = false;
    let watchdog: NodeJS.Timeout | undefined;
    const send = (status: number, headers: Record<string, string>, body: Buffer | string): void => {
      if (sent) return;
      sent = true;
      if (watchdog !== undefined) clearTimeout(watchdog);
      out.writeHead(status, headers);
      out.end(body);
    };
    const response: ServerResponse = { status: 200, headers: {}, body: '', returned: false };
    Object.defineProperty(response, 'returned', {
      get: () => sent,
      set: (value: boolean) => {
        if (!value) return;
        if (sent) {
          stats.duplicateResponses += 1;
          return;
        }
        stats.responses += 1;
        send(response.status, response.headers, bodyOf(response));
      },
    });
    const io = createRecordingIo({
      request,
      response,
      claimRequest: () => {
        claimed = true;
      },
      runContainer: (event, onComplete, onStart) => {
        options.onEvent?.(event);
        const bindToEvent = (fn: unknown): unknown => fn;
        try {
          onStart?.(bindToEvent);
          onComplete?.(bindToEvent);
        } catch (error) {
          reportError(`runContainer callback: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
      getCookieValues: (name, decode) => cookieValues(request.headers.cookie, name, decode),
      sendHttpRequest: (url, httpOptions, body, done) => http.send(url, httpOptions, body, done),
      log: (args) => options.onLog?.(args),
      containerVersion: {
        containerId: 'GTM-LOCAL', debugMode: options.debugMode === true, environmentName: 'local', environmentMode: false,
        previewMode: options.debugMode === true, version: '0',
      },
    });
    const result = template.execute({
      io, data: options.data, templateStorage, onError: executionError,
      ...(options.bounds === undefined ? {} : { bounds: options.bounds }),
    });
    if (!result.ok) reportError(result.error.message);
    if (!claimed) {
      stats.unclaimed += 1;
      if (!sent) send(400, { 'content-type': 'text/plain; charset=utf-8' }, 'No client claimed the request.');
      return;
    }
    stats.claimed += 1;
    if (sent) return;
    if (!result.ok) {
      stats.failedResponses += 1;
      send(500, { 'content-type': 'text/plain; charset=utf-8' }, 'The client failed before responding.');
      return;
    }
    watchdog = setTimeout(() => {
      stats.failedResponses += 1;
      reportError(`the client claimed ${request.method} ${request.path} and did not respond within ${responseTimeout} ms`);
      send(500, { 'content-type': 'text/plain; charset=utf-8' }, 'The client did not respond.');
    }, responseTimeout);
    watchdog.unref();
  };

  return {
    stats,
    get inFlight() {
      return http.inFlight;
    },
    handle(incoming, out) {
      stats.requests += 1;
      const chunks: Buffer[] = [];
      let size = 0;
      let refused = false;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBody) {
          if (!refused) {
            refused = true;
            out.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
            out.end('Request body too large.');
          }
          return;
        }
        chunks.push(chunk);
      });
      incoming.on('end', () => {
        if (refused) return;
        const target = incoming.url ?? '/';
        const query = target.indexOf('?');
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        run({
          method: incoming.method ?? 'GET',
          path: query === -1 ? target : target.slice(0, query),
          queryString: query === -1 ? '' : target.slice(query + 1),
          headers,
          body: chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8'),
          remoteAddress: incoming.socket.remoteAddress ?? '',
        }, out);
      });
    },
    close() {
      http.close();
    },
  };
}

/** The pixel's body is kept base64 by `setPixelResponse` in the runtime; on the wire it is the GIF's bytes. */
function bodyOf(response: ServerResponse): Buffer | string {
  return response.headers['content-type'] === PIXEL_TYPE ? Buffer.from(response.body, 'base64') : response.body;
}
