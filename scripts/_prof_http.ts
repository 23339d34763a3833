import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { root, stackData, VENDOR_SPECS } from './sgtm/stack.ts';
import { startSgtmServer } from './sgtm/server.ts';
import { remoteSinks } from './sgtm/remote-sinks.ts';
import { load } from './sgtm/load.ts';
import { BENCH_QUERY } from './sgtm/bench-hit.ts';
import { passThroughTpl } from './sgtm/pass-through.ts';

interface Node_ { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
const which = process.argv[2] ?? 'ours';
const remote = await remoteSinks({});
const targets = VENDOR_SPECS.map((v) => ({ method: v.method, endpoint: (remote.sinks[v.name]?.origin ?? '') + v.path }));
const tplFile = which === 'ours' ? path.join(root, 'server-client', 'template.tpl') : await passThroughTpl();
const server = await startSgtmServer({ tplFile, config: { data: { ...stackData(remote.sinks, 2000), targets }, sendHttpUrls: ['http://127.0.0.1:*/'] } });
const url = `${server.url}/iom?${BENCH_QUERY}`;
await load({ url, connections: 32, duration: 3 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
const r = await load({ url, connections: 32, duration: 6 });
const cpu = process.cpuUsage(cpu0);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: Node_[]; samples: number[]; timeDeltas: number[] } };
const perReq = (cpu.user + cpu.system) / r.requests.total;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let total = 0;
const cat = new Map<string, number>();
const self = new Map<string, number>();
const incl = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const d = profile.timeDeltas[i] ?? 0;
  const leaf = byId.get(profile.samples[i] as number) as Node_;
  if (leaf.callFrame.functionName === '(idle)') continue;
  total += d;
  let inTemplate = false;
  const seen = new Set<string>();
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const n = byId.get(id) as Node_;
    if (n.callFrame.url.startsWith('evalmachine')) { inTemplate = true; const k = n.callFrame.functionName || '(top)'; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + d); } }
  }
  const file = leaf.callFrame.url.startsWith('evalmachine') ? 'template' : path.basename(leaf.callFrame.url) || leaf.callFrame.functionName;
  const k = (inTemplate ? 'T ' : '  ') + file;
  cat.set(k, (cat.get(k) ?? 0) + d);
  const s = `${leaf.callFrame.functionName || '(anon)'} ${file}:${leaf.callFrame.columnNumber}`;
  self.set(s, (self.get(s) ?? 0) + d);
}
const us = (x: number) => ((x / total) * perReq).toFixed(1).padStart(7);
console.log(which, r.requests.average.toFixed(0), 'req/s', perReq.toFixed(0), 'us CPU/req (profiler on; idle excluded)');
for (const [k, v] of [...cat].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(us(v), k);
console.log('--- template functions inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(us(v), k);
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(us(v), k);
await server.close();
await remote.close();
