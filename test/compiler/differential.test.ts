/**
 * Differential, property-based: for random `data`, the lowered code and esbuild's unlowered bundle (modern
 * syntax, run by Node as it is) log the same things, or fail the same way. Seeded, so a failure replays.
 */
import test from 'ava';
import fc from 'fast-check';
import { bundleSource, compileSource, formatAll, requireAlias, run } from './_helpers.ts';
import { lines } from './_macros.ts';

const source = lines(
  'declare const data: any;',
  "const log = require('logToConsole');",
  'const pick = (o: any, k = \'a\', ...rest: any[]) => o?.[k] ?? rest.length;',
  'const { a = 1, b: { c } = { c: 2 }, ...others } = data.o ?? {};',
  'const [x, , y = `y${a}`, ...zs] = data.list ?? [];',
  'let acc = data.n ?? 0;',
  'acc ||= 7;',
  'acc **= 2;',
  'log(`a=${a} c=${c}`, others, x, y, zs, acc, pick(data.o), pick(data.o, \'b\', 1, 2));',
  "log([...(data.list ?? []), ...[a]], { ...data.o, a, ['k' + acc]: x }, data.o?.b?.c, data.f?.(1));",
  'let i = 0;',
  'do { i++; } while (i < (data.list?.length ?? 0));',
  'log(i);',
);

const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, 0, 1, -2, '', 'x', true, false),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/**
 * Values as the TypeScript types them: `list` an array (array spread and destructuring are lowered for arrays,
 * the sandbox's only iterables), `o` an object or null, `n` anything.
 */
const data = fc.record(
  {
    o: fc.oneof(fc.constant(null), fc.dictionary(fc.constantFrom('a', 'b', 'c'), json)),
    list: fc.oneof(fc.constant(null), fc.array(json, { maxLength: 5 })),
    n: json,
  },
  { requiredKeys: [] },
);

type Outcome = { logs: unknown[][] } | { error: string };

function outcome(code: string, input: Record<string, unknown>, requireName?: string): Outcome {
  try {
    return { logs: run(code, input, requireName) };
  } catch (error) {
    return { error: (error as { name?: string }).name ?? 'error' };
  }
}

test('differential - lowered code behaves as the TypeScript for random data (seeded)', async (t) => {
  const compiled = await compileSource(source);
  t.deepEqual(formatAll(compiled), []);
  const original = await bundleSource(source);
  let runs = 0;
  fc.assert(
    fc.property(data, (input) => {
      runs++;
      t.deepEqual(outcome(compiled.code, input), outcome(original, input, requireAlias));
    }),
    { seed: 20261123, numRuns: 500 },
  );
  t.is(runs, 500);
});
