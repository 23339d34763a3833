/** gtm-template-test-runner: run any GTM custom template's own `___TESTS___` locally, with GTM's semantics. */
export { runTemplateTests, runTemplateTestsWith, loadDefaultRuntime } from './run.ts';
export type { RunOptions, RunResult, ScenarioResult, RunnerRuntime } from './run.ts';
export { parseTpl } from './tpl/parse.ts';
export type { ParseTplResult } from './tpl/parse.ts';
export { writeTpl } from './tpl/write.ts';
export type * from './tpl/types.ts';
export { formatDiagnostic } from './diagnostics.ts';
export type { Diagnostic } from './diagnostics.ts';
export { createSandboxHost } from './runtime/host.ts';
export type { SandboxHost, SandboxHostOptions, PermissionPort, PureApi, Mock } from './runtime/host.ts';
export { createRecordingIo } from './runtime/io.ts';
export type { SandboxIo, ServerRequest, ServerResponse, HttpResult } from './runtime/io.ts';
export { createRealm } from './runtime/sandbox.ts';
export { createScheduler, unboundedSteps, StepBound } from './runtime/scheduler.ts';
export type { Scheduler, StepCounter } from './runtime/scheduler.ts';
export { loadTemplate } from './runtime/execute.ts';
export type { LoadedTemplate, ExecuteOptions, ExecutionResult } from './runtime/execute.ts';
