/**
 * The local sGTM server: a Node HTTP server hosting one client `.tpl` with the runner's server host (the runner's
 * sandbox, real I/O). It is the local stand-in for a server container, for tests, the demo and benchmarks; in
 * production the client runs in Google's server container (Cloud Run / App Engine), which scales out.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerHost, type ServerHost } from '../../packages/gtm-template-test-runner/src/hosts/server/host.ts';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import type { Permission, TemplateFile } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';

/** `--config file.json`: what a publisher sets in GTM for this client. */
export interface SgtmConfig {
  /** Field values; fields left out take the template's defaults. */
  data?: Record<string, unknown>;
  /** Replaces the send_http permission's URL list (GTM's permissions tab), e.g. loopback with any port: "http://127.0.0.1:*" + "/". */
  sendHttpUrls?: string[];
  /** Preview mode: the client's debug log goes to the server's console. */
  debug?: boolean;
}

export interface SgtmServerOptions {
  tplFile: string;
  port?: number;
  host?: string;
  config?: SgtmConfig;
  onEvent?: (event: Record<string, unknown>) => void;
  onLog?: (args: unknown[]) => void;
  onError?: (message: string) => void;
}

export interface SgtmServer {
  url: string;
  port: number;
  host: ServerHost;
  close(): Promise<void>;
}

export async function startSgtmServer(options: SgtmServerOptions): Promise<SgtmServer> {
  const text = await readFile(options.tplFile, 'utf8');
  const parsed = parseTpl(text, options.tplFile);
  if (!parsed.ok) throw new Error(`${options.tplFile}: cannot parse the template`);
  const config = options.config ?? {};
  const permissions: Permission[] = config.sendHttpUrls === undefined
    ? []
    : [{ id: 'send_http', params: { allowedUrls: 'specific', urls: config.sendHttpUrls } }];
  const created = await createServerHost({
    template: parsed.value,
    fileName: options.tplFile,
    data: { ...fieldDefaults(parsed.value), ...config.data },
    permissions,
    debugMode: config.debug === true,
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.onLog === undefined ? {} : { onLog: options.onLog }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  if (!created.ok) throw new Error(created.error);
  const host = created.value;
  const server = http.createServer((request, response) => host.handle(request, response));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    port: address.port,
    host,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      host.close();
    }),
  };
}

/** The values GTM gives fields the publisher left alone: each field's `defaultValue` (groups' sub-fields too). */
export function fieldDefaults(file: TemplateFile): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const visit = (fields: unknown[]): void => {
    for (const field of fields) {
      if (typeof field !== 'object' || field === null) continue;
      const record = field as Record<string, unknown>;
      if (typeof record.name === 'string' && record.defaultValue !== undefined) data[record.name] = record.defaultValue;
      if (Array.isArray(record.subParams)) visit(record.subParams);
    }
  };
  visit(file.parameters);
  return data;
}
