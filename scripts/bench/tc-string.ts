/**
 * Our TC string decoder against `TCString.decode` of @iabtechlabtcf/core, on the same strings, in one run:
 *  (a) the per-vendor question "which purposes may vendor V use" (ours reads only the bits it needs; the library
 *      decodes the whole string, then the answer is read from its model), and
 *  (b) a full decode.
 * Short strings (a few vendors) and long ones (~700 vendors in consent, LI and disclosed vendors, bit fields),
 * built by the library from test/fixtures/vendor-list.json. Warm-up, then interleaved rounds; medians reported.
 * Rounds are timed in CPU time of this process (user + system, all its threads, so the library's garbage
 * collection counts): on a shared machine, time spent waiting for a core would otherwise land on whichever side
 * happened to be running, and the ratio would measure the neighbours.
 */
import { readFileSync } from 'node:fs';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import { decodeTcString, registryOf, tcStringVendorDecision, tcStringVendorPurposes } from '../../consent/index.ts';
import type { Vendor } from '../../consent/index.ts';

const vendorList = JSON.parse(readFileSync(new URL('../../test/fixtures/vendor-list.json', import.meta.url), 'utf8')) as ConstructorParameters<typeof GVL>[0];
const gvl = new GVL(vendorList);
const vendorIds = Object.keys(gvl.vendors).map(Number).sort((a, b) => a - b);

/** Our registry, read from the same vendor list, so both sides answer with the same declarations. */
const registry = registryOf(vendorIds.map((id) => {
  const v = gvl.vendors[String(id)];
  return {
    id, name: v.name,
    declarations: [{
      source: 'test/fixtures/vendor-list.json', date: '2024-03-21', purposes: v.purposes as Vendor['declarations'][number]['purposes'],
      legIntPurposes: v.legIntPurposes as Vendor['declarations'][number]['legIntPurposes'], flexiblePurposes: [], specialPurposes: v.specialPurposes,
      specialFeatures: v.specialFeatures as Vendor['declarations'][number]['specialFeatures'],
    }],
  };
}));

function build(purposes: number[], consents: number[], legitimateInterests: number[], disclosed: number[], cmpId: number): string {
  const model = new TCModel(gvl);
  model.cmpId = cmpId;
  model.cmpVersion = 1;
  model.publisherCountryCode = 'DE';
  model.purposeConsents.set(purposes);
  model.purposeLegitimateInterests.set([2, 7, 8, 9, 10]);
  model.vendorConsents.set(consents);
  model.vendorLegitimateInterests.set(legitimateInterests);
  model.vendorsDisclosed.set(disclosed);
  return TCString.encode(model);
}

const short = [
  build([1, 8], [730], [], [730, 785], 10),
  build([1, 7, 8, 9], [730, 785], [], [730, 785], 11),
  build([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [1, 2, 730, 785], [2], [1, 2, 730, 785], 12),
  build([], [], [], [730, 785], 13),
];
const long = [
  build([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], vendorIds, vendorIds, vendorIds, 20),
  build([1, 7, 8, 9, 10], vendorIds.filter((id) => id % 2 === 0 || id === 785), vendorIds.filter((id) => id % 3 === 0), vendorIds, 21),
  build([1, 8], vendorIds.filter((id) => id % 5 !== 0), vendorIds.filter((id) => id % 7 === 0), vendorIds, 22),
];

const PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const LI_ALLOWED = [2, 7, 8, 9, 10, 11];
let sink = 0;

/** The library's answer to the same question, from its decoded model and the vendor's declaration. */
function libraryVendorPurposes(tc: string, vendorId: number): number[] {
  const model = TCString.decode(tc);
  const vendor = gvl.vendors[String(vendorId)];
  const granted: number[] = [];
  const consent = model.vendorConsents.has(vendorId);
  const li = model.vendorLegitimateInterests.has(vendorId);
  for (const p of PURPOSES) {
    if (vendor.purposes.includes(p) && consent && model.purposeConsents.has(p)) granted.push(p);
    else if (vendor.legIntPurposes.includes(p) && li && LI_ALLOWED.includes(p) && model.purposeLegitimateInterests.has(p)) granted.push(p);
  }
  return granted;
}

/** Ours: the purposes straight from the string (the same list as `vendorDecision(…).value.purposes`). */
function ourVendorPurposes(tc: string, vendorId: number): number[] {
  const purposes = tcStringVendorPurposes(tc, vendorId, true, { registry });
  return purposes.ok ? purposes.value : [];
}

/** The whole decision (status, legal bases, special features) on the same question, for the cost of the rest. */
function ourVendorDecision(tc: string, vendorId: number): number[] {
  const decision = tcStringVendorDecision(tc, vendorId, true, { registry });
  return decision.ok ? decision.value.purposes : [];
}

interface Contender {
  name: string;
  run: (tc: string) => number;
}

/** CPU time this process has used so far, in seconds. */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Operations per second of `run` over `strings`, `count` calls. */
function measure(contender: Contender, strings: string[], count: number): number {
  const start = cpuSeconds();
  for (let i = 0; i < count; i++) sink += contender.run(strings[i % strings.length]);
  const elapsed = cpuSeconds() - start;
  return count / elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Calls per round so that each round of the slower contender takes about `targetMs`. */
function calibrate(contender: Contender, strings: string[], targetMs: number): number {
  let count = 16;
  for (;;) {
    const start = cpuSeconds();
    for (let i = 0; i < count; i++) sink += contender.run(strings[i % strings.length]);
    const ms = (cpuSeconds() - start) * 1000;
    if (ms >= targetMs / 4) return Math.max(16, Math.round((count * targetMs) / ms));
    count *= 2;
  }
}

/** Prints one comparison; `goal` undefined: for information. Returns whether the goal was met (undefined without one). */
function compare(title: string, strings: string[], ours: Contender, theirs: Contender, goal: number | undefined): boolean | undefined {
  const ourCount = calibrate(ours, strings, 40);
  const theirCount = calibrate(theirs, strings, 40);
  for (let i = 0; i < 5; i++) {
    measure(ours, strings, ourCount);
    measure(theirs, strings, theirCount);
  }
  const ourRates: number[] = [];
  const theirRates: number[] = [];
  for (let round = 0; round < 15; round++) {
    ourRates.push(measure(ours, strings, ourCount));
    theirRates.push(measure(theirs, strings, theirCount));
  }
  const a = median(ourRates);
  const b = median(theirRates);
  const ratio = a / b;
  const met = goal === undefined ? undefined : ratio >= goal;
  const format = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
  process.stdout.write(
    title.padEnd(34) + format(a) + ' ops/s (ours) ' + format(b) + ' ops/s (' + theirs.name + ')   ' +
    ratio.toFixed(1).padStart(6) + 'x   ' + (goal === undefined ? '(information)' : 'goal ' + goal + 'x ' + (met ? 'met' : 'NOT met')) + '\n',
  );
  return met;
}

// The answers must agree before their speed means anything.
for (const tc of [...short, ...long]) {
  for (const vendorId of [730, 785, vendorIds[0], vendorIds[vendorIds.length - 1]]) {
    const a = JSON.stringify(ourVendorPurposes(tc, vendorId));
    const b = JSON.stringify(libraryVendorPurposes(tc, vendorId));
    if (a !== b || JSON.stringify(ourVendorDecision(tc, vendorId)) !== a) throw new Error('answers differ for vendor ' + vendorId + ' on ' + tc + ': ' + a + ' vs ' + b);
  }
}

const lengths = (strings: string[]) => strings.map((s) => s.length).join('/');
process.stdout.write('short strings: ' + short.length + ' (' + lengths(short) + ' chars); long strings: ' + long.length + ' (' + lengths(long) + ' chars, ' + vendorIds.length + ' vendors)\n');
process.stdout.write('medians of 15 interleaved rounds after 5 warm-up rounds, in CPU time of this process; node ' + process.version + '\n\n');

const library = 'TCString.decode';
let vendor = 0;
const askOurs: Contender = { name: 'ours', run: (tc) => ourVendorPurposes(tc, [730, 785, 2, 701][vendor++ % 4]).length };
const decideOurs: Contender = { name: 'ours', run: (tc) => ourVendorDecision(tc, [730, 785, 2, 701][vendor++ % 4]).length };
const askTheirs: Contender = { name: library, run: (tc) => libraryVendorPurposes(tc, [730, 785, 2, 701][vendor++ % 4]).length };
const decodeOurs: Contender = { name: 'ours', run: (tc) => { const d = decodeTcString(tc); return d.ok ? d.value.vendorConsents.length : -1; } };
const decodeTheirs: Contender = { name: library, run: (tc) => TCString.decode(tc).vendorConsents.size };

const results = [
  compare('per-vendor purposes, short', short, askOurs, askTheirs, 20),
  compare('per-vendor purposes, long', long, askOurs, askTheirs, 50),
  // The question with everything a VendorDecision carries besides the purposes (status, legal bases, special features).
  compare('per-vendor whole decision, short', short, decideOurs, askTheirs, undefined),
  compare('per-vendor whole decision, long', long, decideOurs, askTheirs, undefined),
  compare('full decode, short', short, decodeOurs, decodeTheirs, 2),
  compare('full decode, long', long, decodeOurs, decodeTheirs, 2),
];
const goals = results.filter((met) => met !== undefined);
process.stdout.write('\n' + goals.filter(Boolean).length + ' of ' + goals.length + ' goals met' + (sink === 0.5 ? ' ' : '') + '\n');
