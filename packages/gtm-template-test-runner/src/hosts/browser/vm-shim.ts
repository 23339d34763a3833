/**
 * `node:vm` for the browser bundle (the bundler maps the import here). The realm (`runtime/sandbox.ts`) only needs
 * `createContext` and `runInContext` to turn its instrumented source into a factory function. The instrumented
 * code cannot reach globals: every member access and every free identifier goes through the runtime's helpers
 * (`runtime/instrument.ts`), so evaluating it in the page's global scope exposes nothing the `vm` context hid.
 * Indirect eval keeps the caller's local scope out of reach too.
 */
const globalEval: (source: string) => unknown = eval;

export function createContext<T extends object>(context: T): T {
  return context;
}

export function runInContext(source: string): unknown {
  return globalEval(source);
}

export default { createContext, runInContext };
