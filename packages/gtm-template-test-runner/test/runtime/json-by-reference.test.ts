/**
 * JSON.stringify and JSON.parse take and give the caller's own values (apis/pure/index.ts byReference): no copy is
 * made across the boundary. What sandboxed code sees must be what the copies gave: the same text, functions left
 * out, a cycle undefined, a parsed value that is the caller's own plain data, and nothing of the caller's changed.
 */
import test from 'ava';
import { loadDefaultRuntime } from '../../src/run.ts';
import { loadTemplate } from '../../src/runtime/execute.ts';
import { createRecordingIo } from '../../src/runtime/io.ts';
import { clientTemplate } from '../hosts/server/_client.ts';

async function run(code: string, data: Record<string, unknown> = {}): Promise<unknown> {
  const runtime = await loadDefaultRuntime();
  const file = clientTemplate(`const JSON = require('JSON');\n${code}`);
  const loaded = loadTemplate(file, runtime, 'json.tpl');
  if (!loaded.ok) throw new Error(loaded.error.message);
  const result = loaded.value.execute({ io: createRecordingIo(), data });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test('JSON.stringify - sandbox objects, arrays and data give the text a copy gave; functions and undefined are left out', async (t) => {
  const value = await run(`
const f = function () { return 1; };
const o = { a: 1, b: 'x', c: [1, 'two', null, { d: true }], e: undefined, f: f, g: [f, undefined] };
o['730'] = { n: 1 };
return [JSON.stringify(o), JSON.stringify(data.rows), JSON.stringify('s'), JSON.stringify(f), JSON.stringify(undefined)];`, { rows: [{ label: 'A', id: '7' }] });
  t.deepEqual(value, [
    '{"730":{"n":1},"a":1,"b":"x","c":[1,"two",null,{"d":true}],"g":[null,null]}',
    '[{"label":"A","id":"7"}]',
    '"s"',
    undefined,
    undefined,
  ]);
});

test('JSON.stringify - a cycle gives undefined and the object stays as it was', async (t) => {
  const value = await run(`
const o = { a: 1 };
o.self = o;
const text = JSON.stringify(o);
return [text, o.a, o.self === o];`);
  t.deepEqual(value, [undefined, 1, true]);
});

test('JSON.parse - the value is the caller\'s own plain data: changeable, independent per call, "__proto__" an own key', async (t) => {
  const value = await run(`
const text = '{"a":[1,2],"b":{"c":"d"},"__proto__":{"polluted":true}}';
const first = JSON.parse(text);
const second = JSON.parse(text);
first.a.push(3);
first.b.c = 'changed';
const probe = {};
return [first.a, second.a, second.b.c, first.__proto__.polluted, probe.polluted, JSON.parse('not json'), JSON.parse(7), JSON.stringify(first)];`);
  t.deepEqual(value, [
    [1, 2, 3],
    [1, 2],
    'd',
    true,
    undefined,
    undefined,
    7,
    '{"a":[1,2,3],"b":{"c":"changed"},"__proto__":{"polluted":true}}',
  ]);
});
