import test from 'ava';
import fc from 'fast-check';
import { signalsFromTcString } from '../../consent/signals-tc-string.ts';
import { decodeTcString } from '../../consent/tc-string.ts';
import { readVendorSignals, tcStringVendorSignals } from '../../consent/tc-view.ts';
import { bits, bitFieldSection, coreHeader, toBase64Url } from './bits.ts';
import { encodeWithLibrary, gvlVendorIds, modelSpec } from './iab.ts';

test('tcStringVendorSignals - equals the signals of the full decode for 1,500 library strings and random vendors, and so does the step-by-step reader', (t) => {
  let compared = 0;
  fc.assert(fc.property(modelSpec, fc.array(fc.oneof(fc.constantFrom(...gvlVendorIds), fc.integer({ min: 0, max: 65535 })), { minLength: 1, maxLength: 4 }), (spec, vendorIds) => {
    const tc = encodeWithLibrary(spec);
    const decoded = decodeTcString(tc);
    if (!decoded.ok) return false;
    for (const vendorId of [...vendorIds, 730, 785]) {
      const lazy = tcStringVendorSignals(tc, vendorId, true);
      t.deepEqual(lazy, { ok: true, value: signalsFromTcString(decoded.value, vendorId, true) });
      t.deepEqual(readVendorSignals(tc, vendorId, true), lazy);
      compared++;
    }
    return true;
  }), { seed: 31337, numRuns: 1500 });
  t.true(compared >= 1500 * 3);
});

test('tcStringVendorSignals - a vendor bit beyond MaxVendorId is not set, and a bit field is checked to its end', (t) => {
  const tc = toBase64Url(coreHeader({ purposeConsents: [1, 8] }) + bitFieldSection(800, [730]) + bitFieldSection(0, []) + bits(0, 12));
  const far = tcStringVendorSignals(tc, 9999, true);
  t.true(far.ok && !far.value.vendorConsent && !far.value.vendorListed);
  const near = tcStringVendorSignals(tc, 730, true);
  t.true(near.ok && near.value.vendorConsent && near.value.purposeConsents[8]);
  t.deepEqual(tcStringVendorSignals(tc.slice(0, 100), 1, true), {
    ok: false,
    error: { code: 'tc-truncated', message: 'TC string: segment ends inside vendorConsents (bit 1029)' },
  });
});

test('tcStringVendorSignals - reads only what it needs: a bad character elsewhere does not stop it, the full decode refuses it', (t) => {
  const bitField = toBase64Url(coreHeader({ purposeConsents: [1, 8] }) + bitFieldSection(800, [730]) + bitFieldSection(0, []) + bits(0, 12));
  // Character 60 lies inside the consent bit field (bits 360..365 = vendors 131..136), far from vendor 730's bit.
  const corrupted = bitField.slice(0, 60) + '*' + bitField.slice(61) + '.IGIw*AgFtAMRA';
  const lazy = tcStringVendorSignals(corrupted, 730, true);
  t.true(lazy.ok && lazy.value.vendorConsent);
  t.deepEqual(decodeTcString(corrupted), { ok: false, error: { code: 'tc-character', message: 'TC string: character "*" at position 60 is not base64url' } });
  t.deepEqual(tcStringVendorSignals(corrupted, 133, true), {
    ok: false, error: { code: 'tc-character', message: 'TC string: character "*" at position 60 is not base64url' },
  });
});
