/** A lowering pass: one modern syntax feature rewritten into the sandbox dialect, in place. */
import type { Program } from 'acorn';
import type { LowerContext } from './context.ts';

export interface Pass {
  /** Kebab-case feature name, as in the file name. */
  name: string;
  run(program: Program, context: LowerContext): void;
}
