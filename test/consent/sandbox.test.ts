import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';
import { compile } from '../../compiler/compile.ts';
import { validateSandboxCode } from '../../packages/gtm-template-test-runner/src/dialect/validate.ts';
import { ctFromTcf, decodeCt, decodeTcString, encodeCt, tcStringVendorDecision, tcStringVendorPurposes, vendorDecision } from '../../consent/index.ts';
import type { Ct } from '../../consent/index.ts';
import { encodeWithLibrary, modelSpec } from './iab.ts';
import { roughTcString } from './rough-tc.ts';
import { tcData } from './tcdata.ts';

const root = new URL('../../', import.meta.url);

test('consent/ - an esbuild bundle passes the dialect validator, except for esbuild\'s own `void 0`', async (t) => {
  // esbuild prints `undefined` as `void 0` and, unless told the target lacks them, `{ a: a }` as `{ a }`;
  // the compiler lowers both (compiler/lower/void-operator.ts, object-literal.ts). Everything else is ours.
  const bundled = await build({
    entryPoints: [new URL('consent/index.ts', root).pathname],
    bundle: true,
    format: 'esm',
    minify: false,
    write: false,
    supported: { 'object-extensions': false },
  });
  const code = bundled.outputFiles[0].text.replace(/^export \{[\s\S]*?\};\s*$/m, '');
  for (const context of ['web', 'server'] as const) {
    const diagnostics = validateSandboxCode(code, { file: 'consent.js', context, role: 'template' });
    t.deepEqual(diagnostics.filter((d) => d.rule !== 'no-void').map((d) => d.rule + ': ' + d.text), [], context);
  }
});

/** Every consent source, in memory, plus a probe entry that runs the public surface on `data.inputs`. */
function sources(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(new URL('consent/', root))) {
    if (name.endsWith('.ts')) files['consent/' + name] = readFileSync(new URL('consent/' + name, root), 'utf8');
  }
  files['probe.ts'] = `
import { ctFromTcf, decodeCt, decodeTcString, encodeCt, tcStringVendorDecision, tcStringVendorPurposes, vendorDecision } from './consent/index.ts';
import type { Ct, TcData } from './consent/index.ts';
declare const data: { tcStrings: string[]; cts: string[]; encodes: Ct[]; tcDatas: TcData[]; out: unknown[] };
for (const tc of data.tcStrings) {
  data.out.push(decodeTcString(tc));
  data.out.push(vendorDecision({ kind: 'tcString', tcString: tc, gdprApplies: true }, 730));
  data.out.push(tcStringVendorDecision(tc, 785, true));
  data.out.push(tcStringVendorPurposes(tc, 730, true, { legalBasis: 'consent' }));
  data.out.push(ctFromTcf({ kind: 'tcString', tcString: tc, gdprApplies: true }, { encoding: 'compatible' }));
}
for (const ct of data.cts) data.out.push(decodeCt(ct));
for (const ct of data.encodes) data.out.push(encodeCt(ct));
for (const tcData of data.tcDatas) data.out.push(ctFromTcf({ kind: 'tcData', tcData: tcData }, { encoding: 'minimal' }));
`;
  return files;
}

test('consent/ - compiles for both templates with no diagnostics, and the compiled code gives the same answers', async (t) => {
  const files = sources();
  const compiled = { web: await compile({ entry: 'probe.ts', context: 'web', files }), server: await compile({ entry: 'probe.ts', context: 'server', files }) };
  t.deepEqual(compiled.web.diagnostics, []);
  t.deepEqual(compiled.server.diagnostics, []);
  t.deepEqual(compiled.web.requires, []);

  // Library strings, hand-built and damaged ones (the per-vendor scan's fallback), and a few refused outright.
  const tcStrings = [
    ...fc.sample(modelSpec, { seed: 77, numRuns: 150 }).map(encodeWithLibrary), ...fc.sample(roughTcString, { seed: 78, numRuns: 100 }),
    'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA', 'C!', '',
  ];
  const cts = ['0000800141', '01008000141', '0103FF03FF', '0110810000', 'zz00800141'];
  const encodes: Ct[] = [{ cmp: 'tcf', vendors: { '730': [1, 8, 11] }, specialFeatures: { '730': [2] } }, { cmp: 'other', vendors: { '999': [1] }, specialFeatures: {} }];
  const tcDatas = [tcData({ purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785] }), tcData({ eventStatus: 'cmpuishown' }), tcData({ gdprApplies: false })];
  const data = { tcStrings, cts, encodes, tcDatas, out: [] as unknown[] };
  // The compiled code is a template body: one function of `data` and `require` (it requires nothing).
  new Function('data', 'require', compiled.web.code)(data, () => undefined);

  const expected: unknown[] = [];
  for (const tc of tcStrings) {
    expected.push(decodeTcString(tc));
    expected.push(vendorDecision({ kind: 'tcString', tcString: tc, gdprApplies: true }, 730));
    expected.push(tcStringVendorDecision(tc, 785, true));
    expected.push(tcStringVendorPurposes(tc, 730, true, { legalBasis: 'consent' }));
    expected.push(ctFromTcf({ kind: 'tcString', tcString: tc, gdprApplies: true }, { encoding: 'compatible' }));
  }
  for (const ct of cts) expected.push(decodeCt(ct));
  for (const ct of encodes) expected.push(encodeCt(ct));
  for (const d of tcDatas) expected.push(ctFromTcf({ kind: 'tcData', tcData: d }, { encoding: 'minimal' }));
  t.is(data.out.length, expected.length);
  t.deepEqual(data.out, expected);
});
