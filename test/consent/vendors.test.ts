import test from 'ava';
import { VENDORS, VENDOR_REGISTRY, findVendor, registryOf } from '../../consent/vendors.ts';

// VENDOR_REGISTRY is written out as a literal (no loop at each GTM execution); it must stay VENDORS by id.
test('VENDOR_REGISTRY - has exactly the keys of registryOf(VENDORS)', (t) => {
  t.deepEqual(Object.keys(VENDOR_REGISTRY).sort(), Object.keys(registryOf(VENDORS)).sort());
});

test('VENDOR_REGISTRY - each entry is the same object as in VENDORS', (t) => {
  for (const vendor of VENDORS) t.is(findVendor(vendor.id, VENDOR_REGISTRY), vendor);
});
