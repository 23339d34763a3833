/**
 * Running a template outside tests, with real I/O: the local sGTM server and the browser host load a template once
 * and execute it per event/request through the same sandbox the test runner uses (one sandbox, not three).
 * Template code is validated at load; an execution returns its value (a variable's) or the error that ended it.
 */
import { formatDiagnostic } from '../diagnostics.ts';
import type { RunnerRuntime } from '../run.ts';
import type { Permission, TemplateFile } from '../tpl/types.ts';
import { createBoundary } from './boundary.ts';
import { isScenarioAbort, SandboxError } from './errors.ts';
import { createSandboxHost } from './host.ts';
import type { SandboxIo } from './io.ts';
import { createRealm } from './sandbox.ts';
import { createSharedRequire } from './shared-require.ts';
import type { ApiCallSite } from './api-wrapper.ts';
import type { HoistPlan } from './hoist.ts';
import { createScheduler, defaultSchedulerOptions, runningScheduler, runningSteps, runWith, type Scheduler, type SchedulerOptions } from './scheduler.ts';
import type { SandboxContext } from './apis/env.ts';

export interface ExecuteOptions {
  io: SandboxIo;
  /** The template's `data`: field values, and for tags the host's own `gtmOnSuccess` / `gtmOnFailure`. */
  data: Record<string, unknown>;
  /**
   * `templateStorage` / `templateDataStorage`; pass the same map to every execution of one template. Its values
   * are replaced, never changed in place (copies of a value read again are compiled from it: literal-copy.ts).
   */
  templateStorage?: Map<string, unknown>;
  /** An error raised after `execute` returned (in a callback or promise settled by real I/O). */
  onError?: (error: { code: ExecutionErrorCode; message: string }) => void;
  /** Step and time bounds of one execution (including its callbacks). */
  bounds?: Omit<SchedulerOptions, 'live'>;
}

export type ExecutionErrorCode = 'threw' | 'permission' | 'bound' | 'load';

export type ExecutionResult = { ok: true; value: unknown } | { ok: false; error: { code: ExecutionErrorCode; message: string } };

export interface LoadedTemplate {
  readonly context: SandboxContext;
  /** The top-level declarations made once for all executions (hoist.ts), by name. */
  readonly madeOnce: HoistPlan;
  execute(options: ExecuteOptions): ExecutionResult;
}

/**
 * The scheduler's error sink for work that runs after `execute` returned. Made apart from `execute` so that what
 * a pending callback keeps alive through its scheduler is this one function, not the execution's I/O and host.
 */
function liveErrors(onError: ExecuteOptions['onError'], toError: (error: unknown) => { code: ExecutionErrorCode; message: string }): { onError(error: unknown): void } {
  return { onError: (error) => onError?.(toError(error)) };
}

/** Sandboxed code runs only inside its execution's `runWith` or `drain`, so a scheduler is always running then. */
function currentScheduler(): Scheduler {
  const scheduler = runningScheduler();
  if (scheduler === undefined) throw new SandboxError('no execution is running');
  return scheduler;
}

/** The API call site of the execution whose code is running (shared-require.ts). */
function currentSite(): ApiCallSite {
  const site = currentScheduler().apiSite;
  if (site === undefined) throw new SandboxError('no execution is running');
  return site;
}

/**
 * What loading a template checks, for every host: its declared permissions decoded, its code validated. Problems
 * are messages naming the file; a template with any is not run.
 */
export function checkTemplate(file: TemplateFile, runtime: RunnerRuntime, fileName: string, context: SandboxContext): { declared: Permission[]; problems: string[] } {
  const problems: string[] = [];
  const declared: Permission[] = [];
  for (const entry of file.permissions) {
    const decoded = runtime.decodePermission(entry);
    if (decoded.ok) declared.push(decoded.value);
    else problems.push(`${fileName}: permission ${entry.instance.key.publicId}: ${decoded.error.message}`);
  }
  problems.push(...runtime.validate(file.code, { file: `${fileName} (template code)`, context, role: 'template' }).map(formatDiagnostic));
  return { declared, problems };
}

export function loadTemplate(file: TemplateFile, runtime: RunnerRuntime, fileName = 'template.tpl'):
  { ok: true; value: LoadedTemplate } | { ok: false; error: { code: 'load'; message: string } } {
  const context: SandboxContext = file.context === 'SERVER' ? 'server' : 'web';
  const { declared, problems } = checkTemplate(file, runtime, fileName, context);
  if (problems.length > 0) return { ok: false, error: { code: 'load', message: problems.join('\n') } };

  const toError = (error: unknown): { code: ExecutionErrorCode; message: string } => {
    if (isScenarioAbort(error)) return { code: error.kind === 'permission' ? 'permission' : error.kind === 'bound' ? 'bound' : 'threw', message: error.message };
    const location = error instanceof SandboxError && error.location !== undefined ? ` (template code ${error.location.line}:${error.location.column + 1})` : '';
    return { code: 'threw', message: error instanceof Error ? `${error.name}: ${error.message}${location}` : String(error) };
  };

  // Immutable per template, so built once: the permission model of the declared permissions, and the pure APIs,
  // whose callbacks (sha256's onSuccess) go to the scheduler of the execution whose code is calling them.
  const permissions = runtime.permissionPort(declared, context);
  const pureApis = runtime.pureApis({ defer: (fn) => currentScheduler().callLater(fn) });
  // One `require` for every execution: each API's wrapper is made once and calls into the execution running it.
  const shared = createSharedRequire({ context, permissions, pureApis, siteOf: currentSite });
  const isOpaque = (value: object): boolean => runtime.isOpaque(value) || shared.isOpaque(value);

  // Compiled once: every execution calls the same function with its own data, APIs and scheduler (the run, and
  // every function it makes, counts its steps on that scheduler's `steps`), instead of compiling per request.
  // Sandboxed code runs only inside an execution's `runWith` or `drain`, so the declarations no execution can tell
  // apart are made once per loaded template and count on the running one's counter (hoist.ts), the APIs the
  // shared `require` gives among them.
  const realm = createRealm(() => currentScheduler().steps, runtime.nativeArgument, runningSteps, shared);
  const compiled = realm.compile(file.code, ['data', 'require'], 'template code');
  if (!compiled.ok) return { ok: false, error: { code: 'load', message: compiled.message } };
  const templateFunction = compiled.value;

  return {
    ok: true,
    value: {
      context,
      madeOnce: compiled.madeOnce,
      execute(options) {
        const scheduler = createScheduler({ ...(options.bounds ?? defaultSchedulerOptions), live: liveErrors(options.onError, toError) });
        const boundary = createBoundary({ isOpaque, realm: realm.plain });
        const host = createSandboxHost({
          context,
          io: options.io,
          permissions,
          pureApis,
          scheduler,
          boundary,
          ...(options.templateStorage === undefined ? {} : { templateStorage: options.templateStorage }),
        });
        scheduler.setApiSite(host.site);
        try {
          const value = runWith(scheduler, () => {
            const returned = templateFunction(boundary.copy(options.data), shared.require);
            scheduler.drain();
            return returned;
          });
          return { ok: true, value: boundary.copy(value) };
        } catch (error) {
          return { ok: false, error: toError(error) };
        } finally {
          scheduler.setApiSite(undefined);
          // Work the run queued but did not drain (it ended with an error) still runs later, as this execution.
          if (scheduler.pending > 0) scheduler.useApiSite(host.site);
        }
      },
    },
  };
}
