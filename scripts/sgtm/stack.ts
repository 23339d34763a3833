/**
 * The local stack the tests, the demo and the benchmarks share: five vendor sinks on loopback and the local sGTM
 * server hosting the client with a routing table that sends each vendor to its sink. The vendors: INFOnline (730)
 * and agof (785) as built in, and three publisher vendors in the routing table (the seed's CRM, analytics and
 * session-recording tools) with made-up GVL ids 4242-4244.
 */
import path from 'node:path';
import { startSgtmServer, type SgtmServer } from './server.ts';
import { startSink, type Sink, type SinkBehaviour } from './sinks.ts';

export const root = path.resolve(import.meta.dirname, '..', '..');

export interface VendorSpec {
  /** Sink name, also the route label. */
  name: string;
  vendorId: number;
  /** Purposes the route needs (the built-in rows take theirs from the vendor registry: 730 1,8; 785 1,7,9). */
  purposes: number[];
  method: 'GET' | 'POST';
  fields: string[];
  /** Endpoint path on the sink; `{…}` placeholders allowed. */
  path: string;
  builtIn: boolean;
}

export const VENDOR_SPECS: readonly VendorSpec[] = [
  { name: 'INFOnline', vendorId: 730, purposes: [1, 8], method: 'GET', fields: ['st', 'cp', 'co', 'sv', 'ct', 'url', 'ref'], path: '/tx.io', builtIn: true },
  { name: 'agof', vendorId: 785, purposes: [1, 7, 9], method: 'GET', fields: ['st', 'cp', 'sv', 'ct'], path: '/agof/{st}', builtIn: true },
  { name: 'CRM', vendorId: 4242, purposes: [1], method: 'POST', fields: ['st', 'uid'], path: '/contacts', builtIn: false },
  { name: 'Analytics', vendorId: 4243, purposes: [1, 8, 9], method: 'GET', fields: ['st', 'cp', 'url', 'ref', 'uid'], path: '/collect', builtIn: false },
  { name: 'Recording', vendorId: 4244, purposes: [1, 5, 6], method: 'POST', fields: ['st', 'url', 'uid'], path: '/sessions/{st}', builtIn: false },
];

export interface StackOptions {
  /** Client template (default server-client/template.tpl). */
  tplFile?: string;
  /** Per sink name. */
  behaviours?: Record<string, SinkBehaviour>;
  /** Whether sinks keep what they received (benchmarks turn it off). */
  record?: boolean;
  timeoutMs?: number;
  /** The client's answer to an accepted hit (default 204; the web template's sendPixel wants the pixel). */
  responseType?: 'noContent' | 'pixel';
  debug?: boolean;
  /** Client fields added to (or replacing) the stack's routing fields, e.g. identifier rules and link events. */
  extraData?: (sinks: Record<string, Sink>) => Record<string, unknown>;
  onEvent?: (event: Record<string, unknown>) => void;
  onLog?: (args: unknown[]) => void;
  onError?: (message: string) => void;
}

export interface Stack {
  server: SgtmServer;
  sinks: Record<string, Sink>;
  /** Resolves when no forward is in flight any more and the client's callbacks for them have run. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function stackData(sinks: Record<string, Sink>, timeoutMs: number, responseType: 'noContent' | 'pixel' = 'noContent'): Record<string, unknown> {
  const origin = (name: string): string => (sinks[name] as Sink).origin;
  const builtIn = (name: string): string => {
    const spec = VENDOR_SPECS.find((v) => v.name === name) as VendorSpec;
    return origin(name) + spec.path;
  };
  return {
    path: '/iom',
    responseType,
    allowedOrigins: '',
    useDefaultRoutes: true,
    infonlineEndpoint: builtIn('INFOnline'),
    agofEndpoint: builtIn('agof'),
    routes: VENDOR_SPECS.filter((v) => !v.builtIn).map((v) => ({
      label: v.name,
      vendorId: String(v.vendorId),
      purposes: v.purposes.join(','),
      legalBasis: 'consent',
      endpoint: origin(v.name) + v.path,
      method: v.method,
      fields: v.fields.join(','),
    })),
    timeout: String(timeoutMs),
  };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const sinks: Record<string, Sink> = {};
  for (const spec of VENDOR_SPECS) sinks[spec.name] = await startSink(spec.name, options.behaviours?.[spec.name] ?? {}, options.record ?? true);
  const server = await startSgtmServer({
    tplFile: options.tplFile ?? path.join(root, 'server-client', 'template.tpl'),
    config: { data: { ...stackData(sinks, options.timeoutMs ?? 2000, options.responseType), ...options.extraData?.(sinks) }, sendHttpUrls: ['http://127.0.0.1:*/'], debug: options.debug === true },
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.onLog === undefined ? {} : { onLog: options.onLog }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  return {
    server,
    sinks,
    settle: () => settleServer(server),
    async close() {
      await server.close();
      for (const sink of Object.values(sinks)) await sink.close();
    },
  };
}

/** Resolves once the server has no request or vendor forward in flight, including the client's late callbacks. */
export async function settleServer(server: { host: { inFlight: number } }): Promise<void> {
  for (;;) {
    while (server.host.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // A settled request's callback runs in the sandbox on a later turn (the scheduler wakes with setImmediate).
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (server.host.inFlight === 0) return;
  }
}
