/**
 * Helpers for the compiler tests: compile in-memory TypeScript (no file system), and execute the emitted code the
 * way GTM does, as the body of a function of `data` with a `require` that hands out (fake) APIs.
 */
import vm from 'node:vm';
import { bundle } from '../../compiler/bundle.ts';
import { compile, type CompileResult } from '../../compiler/compile.ts';
import { requireAlias } from '../../compiler/require-calls.ts';
import { formatDiagnostic } from '../../packages/gtm-template-test-runner/src/diagnostics.ts';

/**
 * esbuild's bundle of in-memory `main.ts` before any lowering (modern syntax, `require` renamed to `__gtmRequire`):
 * what the lowered code must behave like. Node runs it as it is.
 */
export { requireAlias };

export async function bundleSource(source: string): Promise<string> {
  const result = await bundle({ entry: 'main.ts', root: '/virtual', files: { 'main.ts': source } });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.code;
}

/** Compiles `main.ts` (and any other files given) from memory. */
export async function compileSource(
  source: string,
  options: {
    files?: Record<string, string>;
    context?: 'web' | 'server';
    role?: 'template' | 'test';
    sharedScope?: readonly string[];
  } = {},
): Promise<CompileResult> {
  return compile({
    entry: 'main.ts',
    context: options.context ?? 'web',
    role: options.role ?? 'template',
    root: '/virtual',
    files: { 'main.ts': source, ...options.files },
    ...(options.sharedScope ? { sharedScope: options.sharedScope } : {}),
  });
}

export const formatAll = (result: CompileResult): string[] => result.diagnostics.map(formatDiagnostic);

/**
 * Runs compiled template code with `data` and returns what it logged: every `logToConsole(...)` call's arguments,
 * copied out of the VM as JSON (the code runs in its own realm, as in GTM). `Math` and `JSON` are the real ones.
 */
export function run(code: string, data: Record<string, unknown> = {}, requireName = 'require'): unknown[][] {
  const logs: string[] = [];
  const apis: Record<string, unknown> = {
    logToConsole: (...args: unknown[]) => {
      logs.push(JSON.stringify(args, (_k, v: unknown) => (v === undefined ? '<undefined>' : v)));
    },
    Math,
    JSON,
  };
  const require = (name: string): unknown => {
    if (!(name in apis)) throw new Error(`no fake API ${name}`);
    return apis[name];
  };
  const context = vm.createContext({ input: JSON.stringify(data) });
  const body = vm.runInContext(`(function (data, ${requireName}) {\n${code}\n})`, context, { filename: 'compiled.js' }) as (
    data: unknown,
    require: (name: string) => unknown,
  ) => void;
  // `data` is a copy made inside the sandbox's realm, as GTM copies values across its boundary.
  body(vm.runInContext('JSON.parse(input)', context), require);
  return logs.map((l) => JSON.parse(l) as unknown[]);
}
