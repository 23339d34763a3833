import test from 'ava';
import type { ExecutionContext } from 'ava';
import fc from 'fast-check';
import { checkCt, ctPurposesFor, decodeCt, encodeCt } from '../../consent/ct-string.ts';
import type { Ct } from '../../consent/ct-string.ts';

const decodes = test.macro({
  exec(t: ExecutionContext, ct: string, expected: Ct) {
    t.deepEqual(decodeCt(ct), { ok: true, value: expected });
  },
  title: (provided, ct: string) => 'decodeCt - ' + (provided ?? ct),
});

test('seed example 0000800141: no CMP, INFOnline P8, agof P1+P7+P9', decodes, '0000800141', {
  cmp: 'none', vendors: { '730': [8], '785': [1, 7, 9] }, specialFeatures: { '730': [], '785': [] },
});
test('seed 01008000141 corrected to 0100800141: TCF CMP', decodes, '0100800141', {
  cmp: 'tcf', vendors: { '730': [8], '785': [1, 7, 9] }, specialFeatures: { '730': [], '785': [] },
});
test('default 0000000000', decodes, '0000000000', {
  cmp: 'none', vendors: { '730': [], '785': [] }, specialFeatures: { '730': [], '785': [] },
});
test('INFOnline script cookie 0103ff03ff: purposes 1..10 for both', decodes, '0103ff03ff', {
  cmp: 'tcf', vendors: { '730': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], '785': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  specialFeatures: { '730': [], '785': [] },
});
test('special features in bits 10 and 11', decodes, '010c810000', {
  cmp: 'tcf', vendors: { '730': [1, 8], '785': [] }, specialFeatures: { '730': [1, 2], '785': [] },
});
test('upper case accepted: FF other CMP', decodes, 'FF00810141', {
  cmp: 'other', vendors: { '730': [1, 8], '785': [1, 7, 9] }, specialFeatures: { '730': [], '785': [] },
});

const rejects = test.macro({
  exec(t: ExecutionContext, input: unknown, code: string, message: string) {
    t.deepEqual(decodeCt(input), { ok: false, error: { code, message } });
    t.deepEqual(checkCt(input), { ok: false, error: { code, message } });
  },
  title: (provided) => 'decodeCt - rejects ' + (provided ?? ''),
});

test('the seed typo 01008000141 (11 characters)', rejects, '01008000141', 'ct-length',
  'ct "01008000141": 11 characters, expected 10');
test('the seed\'s 14-character claim', rejects, '01008100810141', 'ct-length',
  'ct "01008100810141": 14 characters, expected 10');
test('empty string', rejects, '', 'ct-length',
  'ct "": 0 characters, expected 10');
test('a non-string', rejects, 810141, 'ct-type', 'ct: not a string but number');
test('a non-hex character', rejects, '01008g0141', 'ct-character',
  'ct "01008g0141": "g" at 5 is not hex');
test('an unknown CMP code', rejects, '0200800141', 'ct-cmp',
  'ct "0200800141": CMP "02" is not 00, 01 or ff');
test('bits 12..15 set', rejects, '0110810000', 'ct-reserved-bits',
  'ct "0110810000": vendor 730 sets unused bits');
test('bits 12..15 set for the second vendor', rejects, '0100801141', 'ct-reserved-bits',
  'ct "0100801141": vendor 785 sets unused bits');
test('a non-hex character in upper case', rejects, 'FF0G810141', 'ct-character',
  'ct "FF0G810141": "G" at 3 is not hex');
test('an unknown CMP code in upper case', rejects, 'FE00810141', 'ct-cmp',
  'ct "FE00810141": CMP "fe" is not 00, 01 or ff');

test('checkCt/ctPurposesFor - upper case reads as lower case; a vendor without a field has no answer', (t) => {
  t.deepEqual(checkCt('FF00810141'), { ok: true, value: 'other' });
  t.deepEqual(ctPurposesFor('FF00810141', 730), [1, 8]);
  t.deepEqual(ctPurposesFor('FF00810141', 785), [1, 7, 9]);
  t.deepEqual(ctPurposesFor('01000A0000', 730), [2, 4]);
  t.is(ctPurposesFor('0100810141', 4242), undefined);
});

const encodes = test.macro({
  exec(t: ExecutionContext, ct: Ct, expected: string) {
    t.deepEqual(encodeCt(ct), { ok: true, value: expected });
  },
  title: (provided, _ct: Ct, expected: string) => 'encodeCt - ' + (provided ?? expected),
});

test('seed example 0000800141', encodes,
  { cmp: 'none', vendors: { '730': [8], '785': [1, 7, 9] }, specialFeatures: {} }, '0000800141');
test('seed example with a TCF CMP', encodes,
  { cmp: 'tcf', vendors: { '730': [8], '785': [9, 7, 1] }, specialFeatures: {} }, '0100800141');
test('purpose 11 is never emitted', encodes,
  { cmp: 'tcf', vendors: { '730': [1, 8, 11], '785': [] }, specialFeatures: {} }, '0100810000');
test('special features and lower case', encodes,
  { cmp: 'other', vendors: { '730': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, specialFeatures: { '730': [1, 2] } }, 'ff0fff0000');
test('missing vendors are 0000', encodes, { cmp: 'none', vendors: {}, specialFeatures: {} }, '0000000000');
test('duplicates count once', encodes, { cmp: 'tcf', vendors: { '730': [8, 8] }, specialFeatures: {} }, '0100800000');

const encodeRejects = test.macro({
  exec(t: ExecutionContext, ct: Ct, code: string, message: string) {
    t.deepEqual(encodeCt(ct), { ok: false, error: { code, message } });
  },
  title: (provided) => 'encodeCt - rejects ' + (provided ?? ''),
});

test('purpose 12', encodeRejects, { cmp: 'tcf', vendors: { '730': [12] }, specialFeatures: {} }, 'ct-purpose',
  'ct: vendor 730: purposes 12 are not all in 1..11');
test('special feature 3', encodeRejects, { cmp: 'tcf', vendors: {}, specialFeatures: { '785': [3] } }, 'ct-special-feature',
  'ct: vendor 785: special features 3 are not all in 1..2');
test('a vendor outside the layout', encodeRejects, { cmp: 'tcf', vendors: { '755': [1] }, specialFeatures: {} }, 'ct-vendor',
  'ct: vendor 755 has no field');

const ctArbitrary = fc.record({
  cmp: fc.constantFrom<Ct['cmp']>('none', 'tcf', 'other'),
  vendors: fc.record({
    '730': fc.uniqueArray(fc.integer({ min: 1, max: 10 })),
    '785': fc.uniqueArray(fc.integer({ min: 1, max: 10 })),
  }),
  specialFeatures: fc.record({
    '730': fc.uniqueArray(fc.integer({ min: 1, max: 2 })),
    '785': fc.uniqueArray(fc.integer({ min: 1, max: 2 })),
  }),
});

function sorted(ct: Ct): Ct {
  const out: Ct = { cmp: ct.cmp, vendors: {}, specialFeatures: {} };
  for (const key of ['730', '785']) {
    out.vendors[key] = [...(ct.vendors[key] ?? [])].sort((a, b) => a - b);
    out.specialFeatures[key] = [...(ct.specialFeatures[key] ?? [])].sort((a, b) => a - b);
  }
  return out;
}

test('encodeCt/decodeCt - round trip for every purpose and special feature set', (t) => {
  fc.assert(fc.property(ctArbitrary, (ct) => {
    const encoded = encodeCt(ct);
    if (!encoded.ok) return false;
    if (encoded.value !== encoded.value.toLowerCase() || encoded.value.length !== 10) return false;
    const decoded = decodeCt(encoded.value);
    t.deepEqual(decoded, { ok: true, value: sorted(ct) });
    return true;
  }), { seed: 20261123, numRuns: 2000 });
});

test('decodeCt/encodeCt - every valid 10-character string re-encodes to its lower-case self', (t) => {
  const digit = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));
  // bits 12..15 carry nothing, so the first digit of a valid field is 0
  const field = fc.tuple(digit, digit, digit).map((d) => '0' + d.join(''));
  fc.assert(fc.property(fc.constantFrom('00', '01', 'ff', 'FF', 'Ff'), field, field, (cmp, a, b) => {
    const ct = cmp + a + b;
    const decoded = decodeCt(ct);
    if (!decoded.ok) return false;
    t.deepEqual(encodeCt(decoded.value), { ok: true, value: ct.toLowerCase() });
    return true;
  }), { seed: 7, numRuns: 2000 });
});

test('checkCt/ctPurposesFor - answer as decodeCt on any string: the same fault, else its CMP and each vendor\'s purposes', (t) => {
  // Mostly near-valid strings (hex, the right length, a known CMP) so that every check is reached, plus anything.
  const hex = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));
  // A field's first digit is mostly 0 (bits 12-15 clear), sometimes not (the reserved-bits fault).
  const field = fc.tuple(fc.constantFrom('0', '0', '0', '0', '1', 'F'), hex, hex, hex).map((digits) => digits.join(''));
  const nearValid = fc.tuple(fc.constantFrom('00', '01', 'ff', 'FF', '02'), field, field).map(([cmp, a, b]) => cmp + a + b);
  let valid = 0;
  fc.assert(fc.property(fc.oneof(nearValid, fc.string({ maxLength: 12 }), fc.anything()), (input) => {
    const decoded = decodeCt(input);
    const checked = checkCt(input);
    if (!decoded.ok) {
      // decodeCt refuses through checkCt, so this only says checkCt refuses too; the `rejects` cases above pin
      // each fault and its message.
      t.deepEqual(checked, decoded);
      return true;
    }
    valid += 1;
    t.deepEqual(checked, { ok: true, value: decoded.value.cmp });
    for (const vendorId of [730, 785]) t.deepEqual(ctPurposesFor(input as string, vendorId), decoded.value.vendors['' + vendorId]);
    t.is(ctPurposesFor(input as string, 4242), undefined);
    return true;
  }), { seed: 20261124, numRuns: 4000 });
  t.true(valid > 300, valid + ' valid strings among the inputs');
});
