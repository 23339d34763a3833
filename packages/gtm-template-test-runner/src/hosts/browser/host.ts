/**
 * The runner's browser host: runs a compiled web template (`.tpl` text) in a real page, through the same sandbox
 * as the tests (dialect validation, instrumented code, boundary copies, GTM's permission model) with real I/O
 * (`./io.ts`), real macrotasks (`./scheduler.ts`) and page objects made plain (`./page-boundary.ts`). The CMP's callbacks call the template's functions directly,
 * so the template acts in the same task as the event that triggered it.
 */
import { formatDiagnostic } from '../../diagnostics.ts';
import { createBoundary } from '../../runtime/boundary.ts';
import { createDefaultRuntime } from '../../runtime/defaults.ts';
import { isScenarioAbort, SandboxError } from '../../runtime/errors.ts';
import { checkTemplate } from '../../runtime/execute.ts';
import { createSandboxHost } from '../../runtime/host.ts';
import type { SandboxIo } from '../../runtime/io.ts';
import { createRealm } from '../../runtime/sandbox.ts';
import { parseTpl } from '../../tpl/parse.ts';
import { createBrowserIo } from './io.ts';
import { pageBoundary } from './page-boundary.ts';
import { createMacrotaskScheduler } from './scheduler.ts';

export type BrowserResult<T> = { ok: true; value: T } | { ok: false; error: { code: 'load' | 'threw' | 'permission' | 'bound'; message: string } };

export interface BrowserRunOptions {
  /** The template's fields; `gtmOnSuccess` / `gtmOnFailure` are the host's own when absent. */
  data: Record<string, unknown>;
  /** Real I/O by default; tests and pages may replace parts (e.g. `log`). */
  io?: SandboxIo;
  /** An error in a callback that ran after `run` returned (a CMP event, a script load, `callLater`). */
  onError?: (error: { code: string; message: string }) => void;
  maxSteps?: number;
}

export interface BrowserTemplate {
  run(options: BrowserRunOptions): BrowserResult<unknown>;
}

function toError(error: unknown): { code: 'threw' | 'permission' | 'bound'; message: string } {
  if (isScenarioAbort(error)) return { code: error.kind === 'permission' ? 'permission' : error.kind === 'bound' ? 'bound' : 'threw', message: error.message };
  const at = error instanceof SandboxError && error.location !== undefined ? ` (template code ${error.location.line}:${error.location.column + 1})` : '';
  return { code: 'threw', message: error instanceof Error ? `${error.name}: ${error.message}${at}` : String(error) };
}

/** Parses and validates a web template once; `run` executes it (one tag firing) per call. */
export function loadBrowserTemplate(tplText: string, fileName = 'template.tpl'): BrowserResult<BrowserTemplate> {
  const parsed = parseTpl(tplText, fileName);
  if (!parsed.ok) return { ok: false, error: { code: 'load', message: parsed.diagnostics.map(formatDiagnostic).join('\n') } };
  const file = parsed.value;
  if (file.context !== 'WEB') return { ok: false, error: { code: 'load', message: `${fileName}: not a web template` } };
  const runtime = createDefaultRuntime();
  const { declared, problems } = checkTemplate(file, runtime, fileName, 'web');
  if (problems.length > 0) return { ok: false, error: { code: 'load', message: problems.join('\n') } };

  return {
    ok: true,
    value: {
      run(options) {
        const report = (error: unknown): void => {
          const reported = toError(error);
          if (options.onError !== undefined) options.onError(reported);
          else console.error(`gtm browser host: ${reported.code}: ${reported.message}`);
        };
        const scheduler = createMacrotaskScheduler({ maxSteps: options.maxSteps ?? 5_000_000, onError: report });
        const boundary = pageBoundary(createBoundary({ isOpaque: runtime.isOpaque }), runtime.isOpaque);
        const host = createSandboxHost({
          context: 'web',
          io: options.io ?? createBrowserIo(),
          permissions: runtime.permissionPort(declared, 'web'),
          pureApis: runtime.pureApis({ defer: (fn) => scheduler.callLater(fn) }),
          scheduler,
          boundary,
        });
        const realm = createRealm(() => scheduler.steps, runtime.nativeArgument);
        const compiled = realm.compile(file.code, ['data', 'require'], 'template code');
        if (!compiled.ok) return { ok: false, error: { code: 'load', message: compiled.message } };
        const data = { gtmOnSuccess: () => undefined, gtmOnFailure: () => undefined, ...options.data };
        try {
          const value = compiled.value(boundary.copy(data), host.requireFor('template'));
          scheduler.drain();
          return { ok: true, value: boundary.copy(value) };
        } catch (error) {
          return { ok: false, error: toError(error) };
        }
      },
    },
  };
}
