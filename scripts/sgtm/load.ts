/**
 * autocannon, typed for what the benchmarks use (the package ships no types), run in a child process
 * (load-process.ts): never on the event loop of a server under test in the caller's process.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  method?: 'GET' | 'POST';
  body?: string;
}

export interface LoadResult {
  requests: { average: number; total: number };
  /** Milliseconds, with fractions (load-process.ts measures each response). */
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const LOAD_PROCESS = path.join(import.meta.dirname, 'load-process.ts');

export function load(options: LoadOptions): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', LOAD_PROCESS, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<LoadResult>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !output.includes('\n')) {
        reject(new Error(`load process exited with ${String(code)}`));
        return;
      }
      resolve(JSON.parse(output.slice(0, output.indexOf('\n'))) as LoadResult);
    });
  });
}
