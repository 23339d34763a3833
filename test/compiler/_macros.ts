/**
 * The macro every lowering test uses: TypeScript in, exact sandbox code out, no diagnostics, and the emitted code,
 * executed with `data`, logs exactly what the TypeScript would.
 */
import test from 'ava';
import { compileSource, formatAll, run } from './_helpers.ts';

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
  },
  title: (provided = '') => provided,
});

/** Lines joined with `\n` plus the final line end the printer writes. */
export const lines = (...text: string[]): string => `${text.join('\n')}\n`;
