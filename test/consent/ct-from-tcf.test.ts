import test from 'ava';
import type { ExecutionContext } from 'ava';
import { ctFromTcf } from '../../consent/ct-from-tcf.ts';
import { CT_DEFAULT } from '../../consent/ct-layout.ts';
import { tcData } from './tcdata.ts';
import type { TcDataSpec } from './tcdata.ts';

/** research/tcf-infonline.md §5.2, "Worked examples": the INFOnline-script column and the masked column. */
const encodes = test.macro({
  exec(t: ExecutionContext, spec: TcDataSpec, compatible: string, minimal: string) {
    const source = { kind: 'tcData' as const, tcData: tcData(spec) };
    t.deepEqual(ctFromTcf(source, { encoding: 'compatible' }), { ok: true, value: compatible });
    t.deepEqual(ctFromTcf(source, { encoding: 'minimal' }), { ok: true, value: minimal });
  },
  title: (provided) => 'ctFromTcf - ' + (provided ?? ''),
});

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

test('CMP present, gdprApplies false', encodes, { gdprApplies: false, purposeConsents: ALL, vendorConsents: [730] }, '0100000000', '0100000000');
test('CMP present, UI shown (no final signal yet)', encodes, { eventStatus: 'cmpuishown', purposeConsents: ALL, vendorConsents: [730] }, '0100000000', '0100000000');
test('reject all', encodes, {}, '0100000000', '0100000000');
test('accept all 11 purposes, 730 consented, 785 unknown to the GVL (purpose 11 not emitted: iam.js would send 07ff)', encodes,
  { purposeConsents: ALL, vendorConsents: [730], maxVendorId: 784 }, '0103ff0000', '0100810000');
test('accept all with both special features', encodes,
  { purposeConsents: ALL, vendorConsents: [730], specialFeatureOptins: [1, 2], maxVendorId: 784 }, '010fff0000', '0100810000');
test('consent only P1 and P8 and vendor 730', encodes, { purposeConsents: [1, 8], vendorConsents: [730] }, '0100810000', '0100810000');
test('730 with P1, P8 and 785 with P1, P7, P9', encodes, { purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785] }, '0101c101c1', '0100810141');
test('compatible adds LI purposes for a vendor with LI', encodes,
  { purposeConsents: [1], purposeLegitimateInterests: [8, 10], vendorConsents: [730], vendorLegitimateInterests: [785] }, '0100010281', '0100010000');

test('ctFromTcf - the publisher\'s LI choice for 730 shows in the minimal ct', (t) => {
  const source = { kind: 'tcData' as const, tcData: tcData({ purposeConsents: [1], purposeLegitimateInterests: [8], vendorConsents: [730], vendorLegitimateInterests: [730] }) };
  t.deepEqual(ctFromTcf(source, { encoding: 'minimal' }), { ok: true, value: '0100010000' });
  t.deepEqual(ctFromTcf(source, { encoding: 'minimal', legalBases: { '730': 'legitimateInterest' } }), { ok: true, value: '0100810000' });
});

test('ctFromTcf - from a TC string', (t) => {
  const restricted = 'CQuIxQAQuIxQAAKADCENAtEgAIOAAAAAAAYgGIwAgFtAMRAAAACQAAgLaAAA.IGIwAgFtAMRA.YAAAAAAAAAAA';
  t.deepEqual(ctFromTcf({ kind: 'tcString', tcString: restricted, gdprApplies: true }, { encoding: 'minimal' }), { ok: true, value: '0100010141' });
  t.deepEqual(ctFromTcf({ kind: 'tcString', tcString: restricted, gdprApplies: true }, { encoding: 'compatible' }), { ok: true, value: '0101c101c1' });
  t.deepEqual(ctFromTcf({ kind: 'tcString', tcString: restricted, gdprApplies: false }, { encoding: 'minimal' }), { ok: true, value: '0100000000' });
});

test('CT_DEFAULT - no CMP on the page, nothing known (seed §3.3)', (t) => {
  t.is(CT_DEFAULT, '0000000000');
});
