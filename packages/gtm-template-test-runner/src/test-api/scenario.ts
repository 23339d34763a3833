/**
 * Runs one `___TESTS___` scenario as GTM's Tests tab does (research/gtm-sandbox.md §4): a fresh sandbox, the
 * setup code followed by the scenario code as one test program with `runCode`, `mock`, `mockObject`, `assertApi`,
 * `assertThat`, `fail`; mocks and recorded calls start empty; everything pending settles before it ends.
 */
import { createBoundary } from '../runtime/boundary.ts';
import { isScenarioAbort, SandboxError, ScenarioAbort } from '../runtime/errors.ts';
import { createSandboxHost, type Mock, type PermissionPort, type PureApi } from '../runtime/host.ts';
import type { SandboxIo } from '../runtime/io.ts';
import { createRealm } from '../runtime/sandbox.ts';
import { createScheduler, type SchedulerOptions } from '../runtime/scheduler.ts';
import type { SandboxContext } from '../runtime/apis/env.ts';
import { createAssertApi, type CallLog } from './assert-api.ts';
import { createAssertThat } from './matchers.ts';

export const testGlobals = ['require', 'runCode', 'mock', 'mockObject', 'assertApi', 'assertThat', 'fail'] as const;
export const templateGlobals = ['data', 'require'] as const;

export interface ScenarioInput {
  context: SandboxContext;
  templateType: 'TAG' | 'MACRO' | 'CLIENT';
  templateCode: string;
  /** `setup` then the scenario's code. */
  testCode: string;
  /** How many lines of `testCode` are the setup (0 without setup), to place errors in setup or scenario. */
  setupLines: number;
  /** API names the template code passes to `require` (for the "mocked but never required" warning). */
  requiredByTemplate: ReadonlySet<string>;
  permissions: PermissionPort;
  pureApis(deps: { defer: (fn: () => void) => void }): Readonly<Record<string, PureApi>>;
  isOpaque(value: object): boolean;
  nativeArgument(value: unknown): unknown;
  io: SandboxIo;
  scheduler: SchedulerOptions;
}

export interface ScenarioOutcome {
  passed: boolean;
  message: string;
  warnings: string[];
}

export function runScenario(input: ScenarioInput): ScenarioOutcome {
  const warnings: string[] = [];
  const calls: CallLog = new Map();
  const mocks = new Map<string, Mock>();
  const scheduler = createScheduler(input.scheduler);
  const realm = createRealm(() => scheduler.steps, input.nativeArgument);
  const boundary = createBoundary({ isOpaque: input.isOpaque, realm: realm.plain });
  const host = createSandboxHost({
    context: input.context,
    io: input.io,
    permissions: input.permissions,
    pureApis: input.pureApis({ defer: (fn) => scheduler.callLater(fn) }),
    scheduler,
    boundary,
    mocks,
    onCall: (name, args) => record(name, args),
  });
  function record(name: string, args: unknown[]): void {
    const list = calls.get(name) ?? [];
    list.push(args);
    calls.set(name, list);
  }
  const template = realm.compile(input.templateCode, templateGlobals, 'template code');
  if (!template.ok) return { passed: false, message: `template code: ${template.message}`, warnings };
  const test = realm.compile(input.testCode, testGlobals, 'test code');
  if (!test.ok) return { passed: false, message: `test code: ${test.message}`, warnings };
  const templateFn = template.value;

  const spy = (name: string) => (...args: unknown[]) => void record(name, boundary.original(args) as unknown[]);
  const runCode = (data: unknown): unknown => {
    const copied = boundary.copy(data);
    const templateData = (typeof copied === 'object' && copied !== null && !Array.isArray(copied) ? copied : {}) as Record<string, unknown>;
    // The runner's own spies replace any the test data supplies (GTM's test framework does the same).
    templateData.gtmOnSuccess = spy('gtmOnSuccess');
    templateData.gtmOnFailure = spy('gtmOnFailure');
    let result: unknown;
    try {
      result = templateFn(templateData, host.requireFor('template'));
      scheduler.drain();
    } catch (error) {
      if (isScenarioAbort(error)) throw error;
      throw new ScenarioAbort(`runCode: the template threw ${describeError(error)}`, 'api');
    }
    if (input.templateType === 'MACRO') return boundary.copy(result);
    return undefined;
  };
  const mock = (name: unknown, value: unknown): void => {
    const key = String(name);
    if (!input.requiredByTemplate.has(key)) warnings.push(`mock('${key}'): the template never requires '${key}'`);
    mocks.set(key, { kind: 'mock', value });
  };
  const mockObject = (name: unknown, value: unknown): void => {
    const key = String(name);
    if (!input.requiredByTemplate.has(key)) warnings.push(`mockObject('${key}'): the template never requires '${key}'`);
    mocks.set(key, { kind: 'object', value });
  };
  const fail = (message?: unknown): never => {
    throw new ScenarioAbort(message === undefined ? 'fail() was called' : `fail(): ${String(message)}`, 'fail');
  };
  const unwrap = (v: unknown): unknown => boundary.original(v);

  try {
    test.value(host.requireFor('test'), runCode, mock, mockObject, createAssertApi(calls, unwrap), createAssertThat(unwrap), fail);
    scheduler.drain();
    return { passed: true, message: '', warnings };
  } catch (error) {
    if (isScenarioAbort(error)) return { passed: false, message: error.message, warnings };
    return { passed: false, message: `the test code threw ${describeError(error)}`, warnings };
  }

  function describeError(error: unknown): string {
    if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
      const e = error as { name?: unknown; message?: unknown };
      return `${String(e.name ?? 'Error')}: ${String(e.message)}${where(error)}`;
    }
    return String(error);
  }

  /** ` (template code 3:12)`, ` (setup 2:1)`, ` (scenario 4:8)`: columns 1-based for humans. */
  function where(error: unknown): string {
    const location = error instanceof SandboxError ? error.location : undefined;
    if (location === undefined) return '';
    if (location.code !== 'test code') return ` (${location.code} ${location.line}:${location.column + 1})`;
    const inSetup = location.line <= input.setupLines;
    const line = inSetup ? location.line : location.line - input.setupLines;
    return ` (${inSetup ? 'setup' : 'scenario'} ${line}:${location.column + 1})`;
  }
}
