/**
 * `runTemplateTests`: the programmatic API. Parses the `.tpl` (or takes a parsed `TemplateFile`), validates the
 * template and test code with the dialect validator, and runs every scenario (or those whose name contains
 * `filter`) in its own sandbox.
 */
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import type { ValidateSandboxCode } from './dialect/api.ts';
import type { SandboxIo } from './runtime/io.ts';
import { createRecordingIo } from './runtime/io.ts';
import type { PermissionPort, PureApi } from './runtime/host.ts';
import { defaultSchedulerOptions, type SchedulerOptions } from './runtime/scheduler.ts';
import type { SandboxContext } from './runtime/apis/env.ts';
import { parseTpl } from './tpl/parse.ts';
import type { Permission, PermissionEntry, TemplateFile } from './tpl/types.ts';
import { runScenario } from './test-api/scenario.ts';

export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** Empty when passed; else the failed assertion with its values, or the load error. */
  message: string;
  warnings: string[];
  durationMs: number;
}

export interface RunResult {
  file: string;
  scenarios: ScenarioResult[];
  passed: number;
  failed: number;
}

/** The parts of the runtime that come from the validator and the APIs/permissions modules. */
export interface RunnerRuntime {
  validate: ValidateSandboxCode;
  /** The pure API table of one scenario; `defer` is its scheduler's `callLater` (sha256's callback). */
  pureApis(deps: { defer: (fn: () => void) => void }): Readonly<Record<string, PureApi>>;
  /** Values made by APIs that cross the boundary unchanged (createRegex's handles). */
  isOpaque(value: object): boolean;
  /** What a native String method receives for an API handle (createRegex's handle → its RegExp). */
  nativeArgument(value: unknown): unknown;
  decodePermission(entry: PermissionEntry): { ok: true; value: Permission } | { ok: false; error: { message: string } };
  permissionPort(declared: readonly Permission[], context: SandboxContext): PermissionPort;
}

export interface RunOptions {
  /** Run only scenarios whose name contains this substring. */
  filter?: string;
  /** File name used in messages (default `template.tpl`). */
  fileName?: string;
  /** A fresh I/O per scenario (default: the recording fake). */
  io?: () => SandboxIo;
  /** Step and time bounds of one scenario. */
  scheduler?: SchedulerOptions;
  /** Replaces the default runtime parts (tests use this to inject a fixed clock or random source). */
  runtime?: RunnerRuntime;
}

let defaultRuntime: Promise<RunnerRuntime> | undefined;

/** The runtime assembled from this package's validator, pure APIs and permission model. */
export async function loadDefaultRuntime(): Promise<RunnerRuntime> {
  defaultRuntime ??= import('./runtime/defaults.ts').then((m) => m.createDefaultRuntime());
  return defaultRuntime;
}

export async function runTemplateTests(input: string | TemplateFile, options: RunOptions = {}): Promise<RunResult> {
  const runtime = options.runtime ?? (await loadDefaultRuntime());
  return runTemplateTestsWith(runtime, input, options);
}

export function runTemplateTestsWith(runtime: RunnerRuntime, input: string | TemplateFile, options: RunOptions = {}): RunResult {
  const file = options.fileName ?? 'template.tpl';
  let template: TemplateFile;
  if (typeof input === 'string') {
    const parsed = parseTpl(input, file);
    if (!parsed.ok) return loadFailure(file, parsed.diagnostics.map(formatDiagnostic).join('\n'));
    template = parsed.value;
  } else template = input;

  const context: SandboxContext = template.context === 'SERVER' ? 'server' : 'web';
  const scenarios = (template.tests?.scenarios ?? []).filter((s) => options.filter === undefined || s.name.includes(options.filter));
  const setup = template.tests?.setup ?? '';

  const declared: Permission[] = [];
  const permissionErrors: string[] = [];
  for (const entry of template.permissions) {
    const decoded = runtime.decodePermission(entry);
    if (decoded.ok) declared.push(decoded.value);
    else permissionErrors.push(`${file}: permission ${entry.instance.key.publicId}: ${decoded.error.message}`);
  }
  const templateErrors = [
    ...permissionErrors,
    ...runtime.validate(template.code, { file: `${file} (template code)`, context, role: 'template' }).map(formatDiagnostic),
  ];

  const requiredByTemplate = new Set<string>();
  for (const match of template.code.matchAll(/require\(\s*(['"])([^'"]+)\1\s*\)/g)) requiredByTemplate.add(match[2] as string);

  const results = scenarios.map((scenario): ScenarioResult => {
    const started = performance.now();
    const done = (passed: boolean, message: string, warnings: string[] = []): ScenarioResult => ({
      name: scenario.name,
      passed,
      message,
      warnings,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    if (templateErrors.length > 0) return done(false, templateErrors.join('\n'));
    const testCode = setup === '' ? scenario.code : `${setup}\n${scenario.code}`;
    const testErrors = runtime
      .validate(testCode, { file: `${file} (test code)`, context, role: 'test' })
      .map((d) => splitTestLocation(d, setup === '' ? 0 : setup.split('\n').length, file, scenario.name));
    if (testErrors.length > 0) return done(false, testErrors.map(formatDiagnostic).join('\n'));
    const outcome = runScenario({
      context,
      templateType: template.info.type,
      templateCode: template.code,
      testCode,
      setupLines: setup === '' ? 0 : setup.split('\n').length,
      requiredByTemplate,
      permissions: runtime.permissionPort(declared, context),
      pureApis: runtime.pureApis,
      isOpaque: runtime.isOpaque,
      nativeArgument: runtime.nativeArgument,
      io: (options.io ?? (() => createRecordingIo()))(),
      scheduler: options.scheduler ?? defaultSchedulerOptions,
    });
    return done(outcome.passed, outcome.message, outcome.warnings);
  });
  const passed = results.filter((r) => r.passed).length;
  return { file, scenarios: results, passed, failed: results.length - passed };
}

/**
 * Setup and scenario are validated as the one program they run as (a scenario uses the setup's variables); a
 * diagnostic is then placed in the setup or in the scenario, with lines counted from each one's start.
 */
function splitTestLocation(d: Diagnostic, setupLines: number, file: string, scenario: string): Diagnostic {
  const location = d.location;
  if (location === undefined) return d;
  const inSetup = location.line <= setupLines;
  return {
    ...d,
    location: {
      ...location,
      file: inSetup ? `${file} (setup)` : `${file} (scenario "${scenario}")`,
      line: inSetup ? location.line : location.line - setupLines,
    },
  };
}

function loadFailure(file: string, message: string): RunResult {
  return { file, scenarios: [{ name: '(load)', passed: false, message, warnings: [], durationMs: 0 }], passed: 0, failed: 1 };
}
