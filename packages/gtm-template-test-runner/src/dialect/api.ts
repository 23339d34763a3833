/**
 * The contract of the dialect validator (implemented in ./validate.ts): one function, used by the compiler
 * (on its output, mapping locations back to TypeScript), by `npm run sandbox-check`, and by the runner
 * (on template code and on test code before running them).
 */
import type { Diagnostic } from '../diagnostics.ts';

export interface ValidateOptions {
  /** Name used in diagnostics. */
  file: string;
  /** Which API set and language rules apply: `Promise` exists on the server only, for example. */
  context: 'web' | 'server';
  /**
   * `template`: the Code section (a function body with `data` and `require`).
   * `test`: a `___TESTS___` scenario or setup (adds `runCode`, `mock`, `mockObject`, `assertApi`, `assertThat`, `fail`).
   */
  role: 'template' | 'test';
  /**
   * Which of GTM's behaviours the rules hold code to (default `documented`).
   * `documented`: only what Google documents or the project verified; the compiler and `sandbox-check` use it, and
   * our own templates must stay within it.
   * `observed`: GTM's actual behaviour, as published templates whose tests use a construct and pass show it; the
   * runner uses it. A rule accepts more here only where its `observed` entry in the rule table records the evidence
   * (template, repository, what it uses).
   */
  mode?: 'documented' | 'observed';
}

export type ValidateSandboxCode = (code: string, options: ValidateOptions) => Diagnostic[];
