/**
 * Where the slow-vendor case's p99 goes (`npx tsx scripts/sgtm/slow-vendor-probe.ts [pairs]`): the benchmark's
 * (a) and (d) (scripts/bench/sgtm.ts) alternated, with the same three processes (server here, sinks, autocannon),
 * and for each measurement window: the server's CPU time, event-loop delay, GC pauses, new client sockets and
 * forwards in flight; the sink process's CPU time (/proc/<pid>/stat); and the whole machine's busy cores
 * (/proc/stat): what is left after server and sinks is autocannon plus whatever else runs on the shared machine.
 * A diagnostic, not a bench: it prints figures and judges nothing. `... 3 bare`: the same with the bare Node
 * forwarder (c), as a control without any sandbox. First it prints the heap kept per forward held open.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import path from 'node:path';
import { subscribe } from 'node:diagnostics_channel';
import { constants, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { root, stackData } from './stack.ts';
import { startSgtmServer } from './server.ts';
import { remoteSinks } from './remote-sinks.ts';
import { load, type LoadResult } from './load.ts';
import { BENCH_QUERY } from './bench-hit.ts';
import { buildClient } from './build-client.ts';
import { bareForwarder } from './bare-forwarder.ts';
import { createHttpClient } from '../../packages/gtm-template-test-runner/src/hosts/server/http-client.ts';

const PAIRS = Number(process.argv[2] ?? 3);
/** `bare` as second argument: the bare Node forwarder (c) with and without the slow vendor, as a control. */
const BARE = process.argv[3] === 'bare';
const CONNECTIONS = 32;
const DURATION_S = 5;
const WARMUP_S = 3;
const TICKS_PER_S = 100;
const CORES = os.availableParallelism();

/** utime + stime of a process, in ms. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

/** Busy and total jiffies of the whole machine. */
function machine(): { busy: number; total: number } {
  const values = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

let newSockets = 0;
subscribe('net.client.socket', () => {
  newSockets += 1;
});
const gcPauses: { major: boolean; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const detail = (entry as PerformanceEntry & { detail?: unknown }).detail as { kind?: number } | undefined;
    gcPauses.push({ major: detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR, ms: entry.duration });
  }
}).observe({ entryTypes: ['gc'] });

interface Window {
  result: LoadResult;
  serverCpuMs: number;
  sinkCpuMs: number;
  machineBusyCores: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  scavenges: number;
  scavengeTotalMs: number;
  scavengeMaxMs: number;
  majorGcs: number;
  majorGcTotalMs: number;
  newSockets: number;
  maxInFlight: number;
}

/** `bare`: the bare Node forwarder (the benchmark's (c)) instead of the local server with our client. */
async function measure(delayMs: number, bare: boolean): Promise<Window> {
  const remote = await remoteSinks(delayMs > 0 ? { Analytics: { delayMs } } : {});
  const server = bare
    ? { ...(await bareForwarder(remote.sinks)), host: { inFlight: 0 } }
    : await startSgtmServer({
      tplFile: path.join(root, 'server-client', 'template.tpl'),
      config: { data: stackData(remote.sinks, 2000), sendHttpUrls: ['http://127.0.0.1:*/'] },
    });
  const url = `${server.url}/iom?${BENCH_QUERY}`;
  await load({ url, connections: CONNECTIONS, duration: WARMUP_S });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let maxInFlight = 0;
  const poll = setInterval(() => {
    maxInFlight = Math.max(maxInFlight, server.host.inFlight);
  }, 50);
  const sinkCpu = processCpuMs(remote.pid);
  const cpu = process.cpuUsage();
  const box = machine();
  const sockets = newSockets;
  gcPauses.length = 0;
  histogram.enable();
  const result = await load({ url, connections: CONNECTIONS, duration: DURATION_S });
  histogram.disable();
  clearInterval(poll);
  const used = process.cpuUsage(cpu);
  const boxAfter = machine();
  const minor = gcPauses.filter((pause) => !pause.major).map((pause) => pause.ms);
  const major = gcPauses.filter((pause) => pause.major).map((pause) => pause.ms);
  const window: Window = {
    result,
    serverCpuMs: (used.user + used.system) / 1000,
    sinkCpuMs: processCpuMs(remote.pid) - sinkCpu,
    machineBusyCores: (boxAfter.busy - box.busy) / Math.max(boxAfter.total - box.total, 1) * CORES,
    loopDelayP99Ms: histogram.percentile(99) / 1e6,
    loopDelayMaxMs: histogram.max / 1e6,
    scavenges: minor.length,
    scavengeTotalMs: minor.reduce((sum, value) => sum + value, 0),
    scavengeMaxMs: minor.reduce((max, value) => Math.max(max, value), 0),
    majorGcs: major.length,
    majorGcTotalMs: major.reduce((sum, value) => sum + value, 0),
    newSockets: newSockets - sockets,
    maxInFlight,
  };
  await server.close();
  await remote.close();
  return window;
}

function line(name: string, w: Window): string {
  const r = w.result;
  return [
    name,
    `${r.requests.average.toFixed(0)} req/s p50 ${r.latency.p50} p99 ${r.latency.p99} ms`,
    `server cpu ${(w.serverCpuMs / DURATION_S / 10).toFixed(0)}%`,
    `sinks cpu ${(w.sinkCpuMs / DURATION_S / 10).toFixed(0)}%`,
    `machine busy ${w.machineBusyCores.toFixed(2)}/${CORES} cores (of which autocannon and others ${(w.machineBusyCores - (w.serverCpuMs + w.sinkCpuMs) / DURATION_S / 1000).toFixed(2)})`,
    `loop delay p99 ${w.loopDelayP99Ms.toFixed(1)} max ${w.loopDelayMaxMs.toFixed(1)} ms`,
    `scavenges ${w.scavenges}x total ${w.scavengeTotalMs.toFixed(0)} max ${w.scavengeMaxMs.toFixed(1)} ms`,
    `major gc ${w.majorGcs}x total ${w.majorGcTotalMs.toFixed(0)} ms`,
    `new sockets ${w.newSockets}`,
    // The bare forwarder does not count its forwards.
    `forwards in flight max ${BARE ? 'n/a' : String(w.maxInFlight)}`,
  ].join(' | ');
}

/**
 * Heap the host's HTTP client (Node's http underneath) keeps per forward held open by a vendor that has not
 * answered yet, after a full GC: what a slow vendor multiplies by the forwards in flight, in Node's objects
 * (request, socket, parser, timer) rather than the sandbox's (scripts/bench/sandbox-cpu.ts prints those).
 */
async function heapPerOpenForward(n: number): Promise<number> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const remote = await remoteSinks({ Analytics: { delayMs: 60000 } });
  const client = createHttpClient();
  const target = `${remote.sinks.Analytics?.origin ?? ''}/collect?${BENCH_QUERY}`;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i += 1) client.send(target, { method: 'GET', timeout: 60000 }, undefined, () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  gc();
  const after = process.memoryUsage().heapUsed;
  const open = client.inFlight;
  client.close();
  await remote.close();
  return (after - before) / Math.max(open, 1);
}

const problems = await buildClient();
if (problems.length > 0) throw new Error(problems.join('\n'));
process.stdout.write(`loadavg at start: ${readFileSync('/proc/loadavg', 'utf8')}`);
process.stdout.write(`heap per forward held open by a vendor (1500 open, host's HTTP client, after a full GC): ${((await heapPerOpenForward(1500)) / 1024).toFixed(1)} KB\n`);
for (let i = 0; i < PAIRS; i += 1) {
  const a = await measure(0, BARE);
  process.stdout.write(line(BARE ? '(c)' : '(a)', a) + '\n');
  const d = await measure(1000, BARE);
  process.stdout.write(line(BARE ? '(c) slow' : '(d)', d) + '\n');
  process.stdout.write(`    p99 slow/not slow ${(d.result.latency.p99 / Math.max(a.result.latency.p99, 1)).toFixed(2)}x\n`);
}
