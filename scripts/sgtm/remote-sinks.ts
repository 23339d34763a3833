/**
 * The 5 vendor sinks in a process of their own (sink-process.ts), for the benchmarks: the server under test then
 * pays only for its own side of each forward, as with remote vendors. `sinks` carry the origins only (nothing is
 * recorded); `pid` lets the slow-vendor probe read the process's CPU time.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { VENDOR_SPECS } from './stack.ts';
import type { Sink, SinkBehaviour } from './sinks.ts';

const SINK_PROCESS = path.join(import.meta.dirname, 'sink-process.ts');

export interface RemoteSinks {
  sinks: Record<string, Sink>;
  pid: number;
  close(): Promise<void>;
}

export async function remoteSinks(behaviours: Record<string, SinkBehaviour>): Promise<RemoteSinks> {
  const all: Record<string, SinkBehaviour> = {};
  for (const vendor of VENDOR_SPECS) all[vendor.name] = behaviours[vendor.name] ?? {};
  const child = spawn(process.execPath, ['--import', 'tsx', SINK_PROCESS, JSON.stringify(all)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const origins = await new Promise<Record<string, string>>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      if (buffer.includes('\n')) resolve(JSON.parse(buffer.slice(0, buffer.indexOf('\n'))) as Record<string, string>);
    });
    child.on('exit', (code) => reject(new Error(`sink process exited with ${String(code)}`)));
  });
  const sinks: Record<string, Sink> = {};
  for (const [name, origin] of Object.entries(origins)) {
    sinks[name] = { name, origin, received: [], behave: () => undefined, close: () => Promise.resolve() };
  }
  return {
    sinks,
    pid: child.pid ?? 0,
    close: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
