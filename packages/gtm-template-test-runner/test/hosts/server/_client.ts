/** In-memory client templates for the server host's tests, and a loopback server around a host. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerHost, type ServerHost, type ServerHostOptions } from '../../../src/hosts/server/host.ts';
import type { Permission, TemplateFile } from '../../../src/tpl/types.ts';
import { encodePermission } from '../../../src/permissions/typed-value.ts';

const serverPermissions: Permission[] = [
  { id: 'read_request', params: { requestAccess: 'any', headerAccess: 'any', queryParameterAccess: 'any' } },
  { id: 'access_response', params: { writeResponseAccess: 'any', writeHeaderAccess: 'any' } },
  { id: 'return_response', params: {} },
  { id: 'run_container', params: {} },
  { id: 'send_http', params: { allowedUrls: 'specific', urls: ['https://vendor.example/'] } },
];

export function clientTemplate(code: string): TemplateFile {
  return {
    termsOfService: undefined,
    info: {
      type: 'CLIENT', id: 'cvt_test', version: 1, securityGroups: [], displayName: 'test client', description: '',
      containerContexts: ['SERVER'],
    },
    context: 'SERVER',
    parameters: [],
    code,
    permissions: serverPermissions.map(encodePermission),
    tests: undefined,
    notes: undefined,
  };
}

export interface Running {
  url: string;
  host: ServerHost;
  close(): Promise<void>;
}

export async function serve(options: Omit<ServerHostOptions, 'data'> & { data?: Record<string, unknown> }): Promise<Running> {
  const created = await createServerHost({ data: {}, ...options });
  if (!created.ok) throw new Error(created.error);
  const host = created.value;
  const server = http.createServer((request, response) => host.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      host.close();
    }),
  };
}

/** A loopback endpoint that records request URLs and answers `status` after `delayMs`. */
export async function endpoint(status: number, delayMs = 0): Promise<{ origin: string; urls: string[]; close(): Promise<void> }> {
  const urls: string[] = [];
  const server = http.createServer((request, response) => {
    urls.push(`${request.method} ${request.url}`);
    request.resume();
    setTimeout(() => {
      response.writeHead(status);
      response.end('ok');
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    urls,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
