import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { root, stackData, VENDOR_SPECS } from './sgtm/stack.ts';
import { startSgtmServer } from './sgtm/server.ts';
import { BENCH_QUERY } from './sgtm/bench-hit.ts';
import { passThroughTpl } from './sgtm/pass-through.ts';
import type { Sink } from './sgtm/sinks.ts';
const seen: string[] = [];
const sinks: Record<string, Sink> = {};
const servers: http.Server[] = [];
for (const v of VENDOR_SPECS) {
  const s = http.createServer((req, res) => { let b = ''; req.on('data', (c) => (b += c)); req.on('end', () => { seen.push(`${v.name} ${req.method} ${req.url} ${JSON.stringify(req.headers)} body=${b.length}`); res.writeHead(204); res.end(); }); });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  servers.push(s);
  sinks[v.name] = { name: v.name, origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, received: [], behave: () => undefined, close: () => Promise.resolve() };
}
const targets = VENDOR_SPECS.map((v) => ({ method: v.method, endpoint: (sinks[v.name]?.origin ?? '') + v.path }));
for (const which of ['ours', 'pass']) {
  const tplFile = which === 'ours' ? path.join(root, 'server-client', 'template.tpl') : await passThroughTpl();
  const server = await startSgtmServer({ tplFile, config: { data: { ...stackData(sinks, 2000), targets }, sendHttpUrls: ['http://127.0.0.1:*/'] } });
  const res = await fetch(`${server.url}/iom?${BENCH_QUERY}`);
  console.log(which, res.status, JSON.stringify([...res.headers]));
  await new Promise((r) => setTimeout(r, 300));
  for (const line of seen.splice(0)) console.log('  ', line.length, line.slice(0, 300));
  await server.close();
}
for (const s of servers) s.close();
