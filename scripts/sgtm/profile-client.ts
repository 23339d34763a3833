/**
 * Where the consent-gated client's sandbox CPU goes, per execution: `npx tsx scripts/sgtm/profile-client.ts`.
 * The bench hit (scripts/sgtm/bench-hit.ts) runs in-process through the server host (as in
 * scripts/bench/sandbox-cpu.ts) under the V8 sampling profiler; each function of the template's code is listed
 * with its inclusive time (itself and what it calls, runtime helpers included) in µs per execution; the
 * template's top-level statements (requires, constants and tables built at each execution) are the whole
 * template's time less `handleRequest`'s; and the time outside the template's code (the host, the boundary, the
 * API wrappers), and how many of its top-level functions and constants the local server makes once per loaded
 * template (runtime/hoist.ts). Sampled, so a function under ~1 µs may be missing or rounded; the profiler itself adds ~10 % to the time per execution.
 * Environment: PROFILE_CLIENT=pass-through profiles the benchmarks' pass-through client instead; PROFILE_SHOWN=N
 * template functions listed (30); PROFILE_SELF=N also lists the N functions with the most self time;
 * PROFILE_LEAF_FILES=1 also lists self time per source file; PROFILE_ALLOC=1 measures bytes allocated per execution
 * instead of time.
 */
import { readFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, type Node as AcornNode } from 'acorn';
import type { AnyNode } from '../../packages/gtm-template-test-runner/src/runtime/fast-paths.ts';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import { loadTemplate } from '../../packages/gtm-template-test-runner/src/runtime/execute.ts';
import type { TemplateFile } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';
import { loadDefaultRuntime } from '../../packages/gtm-template-test-runner/src/run.ts';
import { buildClient } from './build-client.ts';
import { noCounts, offlineHost, offlineRequest, offlineSinks, offlineTargets, yieldTurn } from './in-process.ts';
import { passThroughFile } from './pass-through.ts';
import { root, stackData } from './stack.ts';

const WARMUP = 3000;
const EXECUTIONS = 20000;
const SHOWN = Number(process.env.PROFILE_SHOWN ?? 30);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const problems = await buildClient();
if (problems.length > 0) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
const parsed = parseTpl(await readFile(path.join(root, 'server-client', 'template.tpl'), 'utf8'), 'server-client/template.tpl');
if (!parsed.ok) throw new Error('server-client/template.tpl: cannot parse');
const counts = noCounts();
// PROFILE_CLIENT=pass-through: the benchmarks' pass-through client instead, with the same data plus its targets.
const passThrough = process.env.PROFILE_CLIENT === 'pass-through';
const host = passThrough
  ? await offlineHost(passThroughFile(), { ...stackData(offlineSinks, 2000), targets: offlineTargets }, counts)
  : await offlineHost(parsed.value, stackData(offlineSinks, 2000), counts);
for (let i = 0; i < WARMUP; i += 1) {
  offlineRequest(host, counts);
  if (i % 400 === 399) await yieldTurn();
}

const session = new Session();
session.connect();

// With PROFILE_ALLOC=1: instead of time, the bytes allocated per execution (V8's sampling heap profiler, every
// 256 bytes, counting what minor and major collections freed as well) and the functions that allocate the most.
if (process.env.PROFILE_ALLOC !== undefined) {
  interface HeapNode { callFrame: { functionName: string; url: string }; selfSize: number; children: HeapNode[] }
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  for (let i = 0; i < EXECUTIONS; i += 1) {
    offlineRequest(host, counts);
    if (i % 400 === 399) await yieldTurn();
  }
  const { profile: heap } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: HeapNode } };
  session.disconnect();
  const bySite = new Map<string, number>();
  let allocated = 0;
  const visit = (node: HeapNode): void => {
    const frame = node.callFrame;
    const site = `${frame.functionName === '' ? '(anonymous)' : frame.functionName}  ${frame.url.startsWith('evalmachine') ? 'template' : path.basename(frame.url)}`;
    allocated += node.selfSize;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    for (const child of node.children) visit(child);
  };
  visit(heap.head);
  const kb = (bytes: number): string => (bytes / EXECUTIONS / 1024).toFixed(1).padStart(6);
  const allocLines = [`${passThrough ? 'Pass-through' : 'Consent-gated'} client, in-process: ${kb(allocated).trim()} KB allocated per execution (sampled); most allocating functions, KB per execution:`];
  for (const [site, bytes] of [...bySite].sort((x, y) => y[1] - x[1]).slice(0, SHOWN)) allocLines.push(`  ${kb(bytes)} KB  ${site}`);
  process.stdout.write(allocLines.join('\n') + '\n');
  process.exit(0);
}

await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');
const started = performance.now();
for (let i = 0; i < EXECUTIONS; i += 1) {
  offlineRequest(host, counts);
  if (i % 400 === 399) await yieldTurn();
}
const wallUs = ((performance.now() - started) * 1000) / EXECUTIONS;
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();

// Inclusive time per template function: a sample counts once for each distinct template function on its stack.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const isTemplate = (node: ProfileNode): boolean => node.callFrame.url.startsWith('evalmachine');
const WHOLE = '(whole template code)';
const nameOf = (node: ProfileNode): string => (node.callFrame.functionName === '' ? WHOLE : node.callFrame.functionName);
const inclusive = new Map<string, number>();
let total = 0;
let inTemplate = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  const delta = profile.timeDeltas[i] ?? 0;
  total += delta;
  const seen = new Set<string>();
  for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const node = byId.get(id) as ProfileNode;
    if (!isTemplate(node)) continue;
    const name = nameOf(node);
    if (!seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  }
  if (seen.size > 0) inTemplate += delta;
}

const perExecution = (micros: number): string => ((micros / total) * wallUs).toFixed(1).padStart(7);
/** How much of the template the local server makes once per loaded template rather than per execution (hoist.ts). */
async function madeOnce(file: TemplateFile): Promise<string> {
  const loaded = loadTemplate(file, await loadDefaultRuntime());
  if (!loaded.ok) throw new Error(loaded.error.message);
  const plan = loaded.value.madeOnce;
  const program = parse(file.code, { ecmaVersion: 2022, sourceType: 'script', allowReturnOutsideFunction: true }) as AcornNode as unknown as AnyNode;
  const statements = program.body as AnyNode[];
  const functions = statements.filter((s) => s.type === 'FunctionDeclaration').length;
  const consts = statements.filter((s) => s.type === 'VariableDeclaration' && s.kind === 'const').reduce((n, s) => n + (s.declarations as AnyNode[]).length, 0);
  return `  made once per loaded template: ${plan.functions.size} of ${functions} top-level functions, ${plan.consts.size} of ${consts} top-level constants`;
}

const lines = [
  `${passThrough ? 'Pass-through' : 'Consent-gated'} client, in-process, ${EXECUTIONS} executions of the bench hit (5 forwards answered at once): ${wallUs.toFixed(0)} us per execution`,
  `  ${perExecution(inTemplate)} us  in the template's code (inclusive, runtime helpers included), of which`,
  `  ${perExecution((inclusive.get(WHOLE) ?? 0) - (inclusive.get('handleRequest') ?? 0))} us    in top-level statements (the whole template code less handleRequest)`,
  `  ${perExecution(total - inTemplate)} us  outside it (host, boundary, API wrappers, GC between executions)`,
  await madeOnce(passThrough ? passThroughFile() : parsed.value),
  `Template functions, inclusive us per execution (a caller includes its callees):`,
];
for (const [name, micros] of [...inclusive].sort((x, y) => y[1] - x[1]).slice(0, SHOWN)) lines.push(`  ${perExecution(micros)} us  ${name}`);
process.stdout.write(lines.join('\n') + '\n');

// With PROFILE_SELF=N: the N functions with the most self time (the sample's own frame), template or runtime, to
// see which runtime helpers (boundary copies, permission checks, instrumented member access) the time goes to.
const selfShown = Number(process.env.PROFILE_SELF ?? 0);
if (selfShown > 0) {
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i] as number) as ProfileNode;
    const frame = node.callFrame;
    const where = isTemplate(node) ? 'template' : `${path.basename(frame.url)}:${frame.lineNumber + 1}:${(frame as { columnNumber?: number }).columnNumber ?? 0}`;
    const name = `${frame.functionName === '' ? '(anonymous)' : frame.functionName}  ${where}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const selfLines = ['Self time, us per execution:'];
  for (const [name, micros] of [...self].sort((x, y) => y[1] - x[1]).slice(0, selfShown)) selfLines.push(`  ${perExecution(micros)} us  ${name}`);
  process.stdout.write(selfLines.join('\n') + '\n');
}
// With PROFILE_LEAF_FILES=1: self time by source file, split by whether template code is on the stack (its API
// calls and helpers) or not (the host around it), to compare the two clients' runtime costs file by file.
if (process.env.PROFILE_LEAF_FILES !== undefined) {
  const byFile = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const leaf = byId.get(profile.samples[i] as number) as ProfileNode;
    let under = false;
    for (let id: number | undefined = profile.samples[i]; id !== undefined && !under; id = parent.get(id)) under = isTemplate(byId.get(id) as ProfileNode);
    const key = (under ? 'in template: ' : 'outside: ') + (isTemplate(leaf) ? 'template code' : path.basename(leaf.callFrame.url) || leaf.callFrame.functionName);
    byFile.set(key, (byFile.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  for (const [name, micros] of [...byFile].sort((x, y) => y[1] - x[1]).slice(0, 30)) process.stdout.write(`  ${perExecution(micros)} us  ${name}\n`);
}

// With PROFILE_CALLERS=<text>: for the samples whose own frame's "function file:column" contains the text, the
// chain of callers above it (up to four frames), to see who makes a costly helper or builtin run.
const callersOf = process.env.PROFILE_CALLERS;
if (callersOf !== undefined) {
  const frameName = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${(n.callFrame as { columnNumber?: number }).columnNumber ?? 0}`;
  const callers = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const leaf = byId.get(profile.samples[i] as number) as ProfileNode;
    if (!frameName(leaf).includes(callersOf)) continue;
    const chain: string[] = [];
    for (let id = parent.get(leaf.id); id !== undefined && chain.length < 4; id = parent.get(id)) chain.push(frameName(byId.get(id) as ProfileNode));
    const key = chain.join(' < ');
    callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const callerLines = [`Callers of ${callersOf}, us per execution:`];
  for (const [name, micros] of [...callers].sort((x, y) => y[1] - x[1]).slice(0, 15)) callerLines.push(`  ${perExecution(micros)} us  ${name}`);
  process.stdout.write(callerLines.join('\n') + '\n');
}
