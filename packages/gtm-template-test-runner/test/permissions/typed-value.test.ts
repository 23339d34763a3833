import test from 'ava';
import fc from 'fast-check';
import { decodePermissionEntry, decodeTypedValue, encodePermission, encodePlainValue } from '../../src/permissions/typed-value.ts';
import type { PermissionEntry, PlainValue, TypedValue } from '../../src/tpl/types.ts';

/** An entry exactly as GTM exports it (shape taken from published `___WEB_PERMISSIONS___` sections). */
const sendPixelEntry: PermissionEntry = {
  instance: {
    key: { publicId: 'send_pixel', versionId: '1' },
    param: [
      { key: 'allowedUrls', value: { type: 1, string: 'specific' } },
      { key: 'urls', value: { type: 2, listItem: [{ type: 1, string: 'https://example.com/*' }] } },
    ],
  },
  clientAnnotations: { isEditedByUser: true },
  isRequired: true,
};

test('decodeTypedValue - each of the four types', (t) => {
  t.is(decodeTypedValue({ type: 1, string: 'a' }), 'a');
  t.is(decodeTypedValue({ type: 8, boolean: false }), false);
  t.deepEqual(decodeTypedValue({ type: 2, listItem: [{ type: 1, string: 'x' }, { type: 8, boolean: true }] }), ['x', true]);
  t.deepEqual(
    decodeTypedValue({ type: 3, mapKey: [{ type: 1, string: 'key' }, { type: 1, string: 'read' }], mapValue: [{ type: 1, string: 'dataLayer' }, { type: 8, boolean: true }] }),
    { key: 'dataLayer', read: true },
  );
});

test('decodeTypedValue - a map key "__proto__" is an own key, not a prototype', (t) => {
  const value = decodeTypedValue({ type: 3, mapKey: [{ type: 1, string: '__proto__' }], mapValue: [{ type: 1, string: 'x' }] });
  t.deepEqual(Object.keys(value as object), ['__proto__']);
  t.is(Object.getPrototypeOf(value), Object.prototype);
});

test('encodePlainValue - map keys keep their order', (t) => {
  t.deepEqual(encodePlainValue({ b: 'x', a: true }), {
    type: 3,
    mapKey: [{ type: 1, string: 'b' }, { type: 1, string: 'a' }],
    mapValue: [{ type: 1, string: 'x' }, { type: 8, boolean: true }],
  });
});

const plainValue: fc.Arbitrary<PlainValue> = fc.letrec<{ value: PlainValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

test('encodePlainValue / decodeTypedValue - round trip of any plain value (seeded)', (t) => {
  fc.assert(fc.property(plainValue, (v) => {
    t.deepEqual(decodeTypedValue(encodePlainValue(v)), v);
  }), { seed: 20261123, numRuns: 500 });
});

test('decodePermissionEntry - a GTM export entry', (t) => {
  t.deepEqual(decodePermissionEntry(sendPixelEntry), {
    ok: true,
    value: { id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['https://example.com/*'] } },
  });
});

test('decodePermissionEntry - no param and empty param both give no params', (t) => {
  const entry: PermissionEntry = { instance: { key: { publicId: 'read_title', versionId: '1' } }, isRequired: true };
  t.deepEqual(decodePermissionEntry(entry), { ok: true, value: { id: 'read_title', params: {} } });
  t.deepEqual(decodePermissionEntry({ instance: { key: { publicId: 'read_title', versionId: '1' }, param: [] } }), {
    ok: true,
    value: { id: 'read_title', params: {} },
  });
});

const malformed = test.macro({
  exec(t, entry: unknown, message: string) {
    const result = decodePermissionEntry(entry as PermissionEntry);
    t.false(result.ok);
    if (!result.ok) t.is(result.error.message, message);
  },
  title: (provided = '') => `decodePermissionEntry - malformed: ${provided}`,
});

const param = (value: unknown) => ({ instance: { key: { publicId: 'send_pixel', versionId: '1' }, param: [{ key: 'urls', value }] } });

test('no instance', malformed, {}, 'expected {"instance": {"key": {"publicId": …}}}');
test('empty publicId', malformed, { instance: { key: { publicId: '' } } }, 'instance.key.publicId must be a non-empty string');
test('param not an array', malformed, { instance: { key: { publicId: 'x' }, param: {} } }, 'x: instance.param must be an array');
test('param without key', malformed, { instance: { key: { publicId: 'x' }, param: [{ value: { type: 1, string: '' } }] } }, 'x: param[0] needs a string "key"');
test('unknown type', malformed, param({ type: 4, string: 'a' }), 'send_pixel: param "urls": unknown typed-value type 4 (known: 1 string, 2 list, 3 map, 8 boolean)');
test('type 1 without string', malformed, param({ type: 1, boolean: true }), 'send_pixel: param "urls": type 1 needs a string "string"');
test('bad list item', malformed, param({ type: 2, listItem: [{ type: 1, string: 'a' }, 'b'] }), 'send_pixel: param "urls".listItem[1]: expected a typed value {"type": 1|2|3|8, …}');
test('map with uneven arrays', malformed, param({ type: 3, mapKey: [{ type: 1, string: 'a' }], mapValue: [] }), 'send_pixel: param "urls": type 3 has 1 keys but 0 values');
test('map with a non-string key', malformed, param({ type: 3, mapKey: [{ type: 8, boolean: true }], mapValue: [{ type: 1, string: 'a' }] }), 'send_pixel: param "urls".mapKey[0]: a map key must be a string (type 1)');
test('type 8 without boolean', malformed, param({ type: 8, boolean: 'yes' }), 'send_pixel: param "urls": type 8 needs a boolean "boolean"');

test('encodePermission - exactly the GTM export shape', (t) => {
  t.deepEqual(encodePermission({ id: 'send_pixel', params: { allowedUrls: 'specific', urls: ['https://example.com/*'] } }), sendPixelEntry);
  t.is(
    JSON.stringify(encodePermission({ id: 'read_title', params: {} })),
    '{"instance":{"key":{"publicId":"read_title","versionId":"1"}},"clientAnnotations":{"isEditedByUser":true},"isRequired":true}',
  );
});

test('encodePermission / decodePermissionEntry - round trip', (t) => {
  const permission = {
    id: 'access_globals',
    params: { keys: [{ key: '__tcfapi', read: false, write: false, execute: true }, { key: 'IOMm', read: true, write: false, execute: true }] },
  };
  t.deepEqual(decodePermissionEntry(encodePermission(permission)), { ok: true, value: permission });
});

test('decodeTypedValue - throws a TypeError for a value outside the type', (t) => {
  const error = t.throws(() => decodeTypedValue({ type: 5 } as unknown as TypedValue), { instanceOf: TypeError });
  t.is(error?.message, 'value: unknown typed-value type 5 (known: 1 string, 2 list, 3 map, 8 boolean)');
});
