/**
 * GTM's typed-value JSON encoding of permission parameters (research/gtm-sandbox.md §3.4), both ways.
 *
 * Only four types occur in exported templates (507 permission entries of the corpus): 1 string, 2 list,
 * 3 map (parallel `mapKey` / `mapValue` arrays of typed values, keys being strings), 8 boolean. Anything else in a
 * `.tpl` is reported as an error value naming where it was met, never guessed at.
 */
import type { Permission, PermissionEntry, PlainValue, TypedValue } from '../tpl/types.ts';

export interface TypedValueError {
  code: 'typed-value' | 'permission-entry';
  message: string;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: TypedValueError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (code: TypedValueError['code'], message: string): { ok: false; error: TypedValueError } => ({
  ok: false,
  error: { code, message },
});

/** Decoders per `type` number: the table the decoder walks. `at` names the place in the entry for messages. */
const decoders: { [type: number]: (v: Record<string, unknown>, at: string) => Decoded<PlainValue> } = {
  1: (v, at) => (typeof v.string === 'string' ? { ok: true, value: v.string } : fail('typed-value', `${at}: type 1 needs a string "string"`)),
  2: (v, at) => {
    if (!Array.isArray(v.listItem)) return fail('typed-value', `${at}: type 2 needs an array "listItem"`);
    const out: PlainValue[] = [];
    for (const [i, item] of v.listItem.entries()) {
      const d = decodeUnknown(item, `${at}.listItem[${i}]`);
      if (!d.ok) return d;
      out.push(d.value);
    }
    return { ok: true, value: out };
  },
  3: (v, at) => {
    const { mapKey, mapValue } = v;
    if (!Array.isArray(mapKey) || !Array.isArray(mapValue)) return fail('typed-value', `${at}: type 3 needs arrays "mapKey" and "mapValue"`);
    if (mapKey.length !== mapValue.length) {
      return fail('typed-value', `${at}: type 3 has ${mapKey.length} keys but ${mapValue.length} values`);
    }
    const out: { [key: string]: PlainValue } = {};
    for (const [i, rawKey] of mapKey.entries()) {
      const key = decodeUnknown(rawKey, `${at}.mapKey[${i}]`);
      if (!key.ok) return key;
      if (typeof key.value !== 'string') return fail('typed-value', `${at}.mapKey[${i}]: a map key must be a string (type 1)`);
      const value = decodeUnknown(mapValue[i], `${at}.mapValue[${i}]`);
      if (!value.ok) return value;
      Object.defineProperty(out, key.value, { value: value.value, enumerable: true, writable: true, configurable: true });
    }
    return { ok: true, value: out };
  },
  8: (v, at) => (typeof v.boolean === 'boolean' ? { ok: true, value: v.boolean } : fail('typed-value', `${at}: type 8 needs a boolean "boolean"`)),
};

function decodeUnknown(v: unknown, at: string): Decoded<PlainValue> {
  if (!isRecord(v) || typeof v.type !== 'number') return fail('typed-value', `${at}: expected a typed value {"type": 1|2|3|8, …}`);
  const decoder = decoders[v.type];
  if (decoder === undefined) return fail('typed-value', `${at}: unknown typed-value type ${v.type} (known: 1 string, 2 list, 3 map, 8 boolean)`);
  return decoder(v, at);
}

/** A typed value as plain data. Total for values of the `TypedValue` type; malformed JSON is a programming error here. */
export function decodeTypedValue(v: TypedValue): PlainValue {
  const d = decodeUnknown(v, 'value');
  if (!d.ok) throw new TypeError(d.error.message);
  return d.value;
}

/** Plain data as a typed value; map keys keep their insertion order, so the output is deterministic. */
export function encodePlainValue(v: PlainValue): TypedValue {
  if (typeof v === 'string') return { type: 1, string: v };
  if (typeof v === 'boolean') return { type: 8, boolean: v };
  if (Array.isArray(v)) return { type: 2, listItem: v.map(encodePlainValue) };
  const keys = Object.keys(v);
  return {
    type: 3,
    mapKey: keys.map((k) => ({ type: 1, string: k })),
    mapValue: keys.map((k) => encodePlainValue(v[k] as PlainValue)),
  };
}

/** One `___WEB_PERMISSIONS___` / `___SERVER_PERMISSIONS___` entry (parsed JSON) as a `Permission`. */
export function decodePermissionEntry(e: PermissionEntry): Decoded<Permission> {
  const raw: unknown = e;
  if (!isRecord(raw) || !isRecord(raw.instance) || !isRecord(raw.instance.key)) {
    return fail('permission-entry', 'expected {"instance": {"key": {"publicId": …}}}');
  }
  const { publicId } = raw.instance.key;
  if (typeof publicId !== 'string' || publicId === '') return fail('permission-entry', 'instance.key.publicId must be a non-empty string');
  const params: { [key: string]: PlainValue } = {};
  const list = raw.instance.param ?? [];
  if (!Array.isArray(list)) return fail('permission-entry', `${publicId}: instance.param must be an array`);
  for (const [i, param] of list.entries()) {
    if (!isRecord(param) || typeof param.key !== 'string') return fail('permission-entry', `${publicId}: param[${i}] needs a string "key"`);
    const value = decodeUnknown(param.value, `${publicId}: param "${param.key}"`);
    if (!value.ok) return value;
    Object.defineProperty(params, param.key, { value: value.value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: { id: publicId, params } };
}

/** A `Permission` in GTM's export shape: `versionId "1"`, no `param` when empty, edited-by-user, required. */
export function encodePermission(p: Permission): PermissionEntry {
  const keys = Object.keys(p.params);
  const key = { publicId: p.id, versionId: '1' };
  const instance: PermissionEntry['instance'] =
    keys.length === 0 ? { key } : { key, param: keys.map((k) => ({ key: k, value: encodePlainValue(p.params[k] as PlainValue) })) };
  return { instance, clientAnnotations: { isEditedByUser: true }, isRequired: true };
}
