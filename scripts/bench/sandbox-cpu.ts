/**
 * Sandbox CPU per execution, in-process: the same GET hit (scripts/sgtm/bench-hit.ts) handled by the local server's
 * host (the runner's sandbox, the same path as `npm run sgtm`), once with our consent-gated client and once with
 * the pass-through client, with no network: `sendHttpRequest` answers 204 at once, so what is timed is the
 * template's own work plus the runtime's (instrumentation, boundary copies, permission checks, promise callbacks).
 * It isolates the sandbox share of the HTTP benchmark's (a)/(b) ratio (scripts/bench/sgtm.ts) from sockets and
 * load-generator noise. Each run checks that both clients answered 204 and sent 5 forwards per hit.
 * Warm-up, then interleaved rounds; medians of the rounds' µs per execution.
 *
 * Then the memory a request keeps while one of its forwards is in flight (one vendor never answers, as a slow
 * vendor for its duration): heap after a full GC, per request held. A slow vendor multiplies this by the requests
 * in flight (hundreds at 1 s), which the garbage collector then copies and promotes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ServerHost } from '../../packages/gtm-template-test-runner/src/hosts/server/host.ts';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import type { TemplateFile } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';
import { passThroughFile } from '../sgtm/pass-through.ts';
import { root, stackData, VENDOR_SPECS } from '../sgtm/stack.ts';
import type { Sink } from '../sgtm/sinks.ts';
import { buildClient } from '../sgtm/build-client.ts';
import { noCounts, offlineHost, offlineRequest, offlineSinks, offlineTargets, yieldTurn, type Counts } from '../sgtm/in-process.ts';

const WARMUP = 3000;
const ROUNDS = 15;
const PER_ROUND = 400;
const FORWARDS_PER_HIT = VENDOR_SPECS.length;
const sinks = offlineSinks;
const host = offlineHost;
const request = offlineRequest;

function round(target: ServerHost, counts: Counts, n: number): number {
  const start = performance.now();
  for (let i = 0; i < n; i += 1) request(target, counts);
  return ((performance.now() - start) * 1000) / n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
}


const problems = await buildClient();
if (problems.length > 0) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
const clientText = await readFile(path.join(root, 'server-client', 'template.tpl'), 'utf8');
const parsed = parseTpl(clientText, 'server-client/template.tpl');
if (!parsed.ok) throw new Error('server-client/template.tpl: cannot parse');

const ours: Counts = noCounts();
const pass: Counts = noCounts();
const oursHost = await host(parsed.value, stackData(sinks, 2000), ours);
const targets = offlineTargets;
const passHost = await host(passThroughFile(), { targets }, pass);

for (let done = 0; done < WARMUP; done += PER_ROUND) {
  round(oursHost, ours, PER_ROUND);
  round(passHost, pass, PER_ROUND);
  await yieldTurn();
}
const oursTimes: number[] = [];
const passTimes: number[] = [];
for (let r = 0; r < ROUNDS; r += 1) {
  oursTimes.push(round(oursHost, ours, PER_ROUND));
  await yieldTurn();
  passTimes.push(round(passHost, pass, PER_ROUND));
  await yieldTurn();
}

for (const [name, counts] of [['consent-gated client', ours], ['pass-through client', pass]] as const) {
  const wanted = counts.responses * FORWARDS_PER_HIT;
  if (counts.status204 !== counts.responses || counts.forwards !== wanted) {
    process.stderr.write(`${name}: ${counts.status204} of ${counts.responses} responses were 204, ${counts.forwards} forwards (wanted ${wanted})\n`);
    process.exit(1);
  }
}
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const HELD_REQUESTS = 2000;
/** KB of heap one request keeps while its forward to the Analytics sink is in flight. */
async function retainedKb(file: TemplateFile, data: Record<string, unknown>): Promise<number> {
  const held: unknown[] = [];
  const counts: Counts = noCounts();
  const target = await host(file, data, counts, (sinks.Analytics as Sink).origin, held);
  for (let i = 0; i < 200; i += 1) request(target, counts);
  await yieldTurn();
  held.length = 0;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < HELD_REQUESTS; i += 1) {
    request(target, counts);
    if (i % 100 === 99) await yieldTurn();
  }
  await yieldTurn();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (held.length !== HELD_REQUESTS) throw new Error(`${held.length} forwards held, wanted ${HELD_REQUESTS}`);
  return (after - before) / HELD_REQUESTS / 1024;
}
const oursKb = await retainedKb(parsed.value, stackData(sinks, 2000));
const passKb = await retainedKb(passThroughFile(), { targets });

const a = median(oursTimes);
const b = median(passTimes);
process.stdout.write([
  `Sandbox CPU per execution, in-process (one GET hit, 5 forwards answered at once; median of ${ROUNDS} rounds of ${PER_ROUND} after ${WARMUP} warm-up):`,
  `  (a) consent-gated client   ${a.toFixed(0).padStart(6)} us`,
  `  (b) pass-through client    ${b.toFixed(0).padStart(6)} us`,
  `  (a) / (b)                  ${(a / b).toFixed(2)}x`,
  `Heap kept per request while one of its forwards is in flight (${HELD_REQUESTS} requests held, after a full GC):`,
  `  (a) consent-gated client   ${oursKb.toFixed(1).padStart(6)} KB`,
  `  (b) pass-through client    ${passKb.toFixed(1).padStart(6)} KB`,
  '',
].join('\n'));
