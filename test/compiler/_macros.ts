/**
 * The macro every lowering test uses: TypeScript in, exact sandbox code out, no diagnostics, and the emitted code,
 * executed with `data`, logs exactly what the TypeScript does (checked by running esbuild's unlowered bundle too).
 */
import test from 'ava';
import { bundleSource, compileSource, formatAll, requireAlias, run } from './_helpers.ts';

export interface LoweringCase {
  /** TypeScript source of `main.ts`; `log` is `require('logToConsole')`. */
  source: string;
  /** The exact emitted code. */
  code: string;
  data?: Record<string, unknown>;
  /** What the emitted code logs when run with `data`: one array of arguments per call. */
  logs: unknown[][];
}

export const lowers = test.macro({
  async exec(t, c: LoweringCase) {
    const result = await compileSource(c.source);
    t.deepEqual(formatAll(result), []);
    t.is(result.code, c.code);
    t.deepEqual(run(result.code, c.data), c.logs);
    // The same logs from the source's own semantics: esbuild's unlowered bundle, run by Node as it is.
    t.deepEqual(run(await bundleSource(c.source), c.data, requireAlias), c.logs);
  },
  title: (provided = '') => provided,
});

/** Lines joined with `\n` plus the final line end the printer writes. */
export const lines = (...text: string[]): string => `${text.join('\n')}\n`;
