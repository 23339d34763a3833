/**
 * Errors raised by the runtime on the Node side. `SandboxError` is what a sandboxed program would see as an
 * exception in GTM (a refused member, a call of a non-function, an API refusing its input). `ScenarioAbort` ends
 * the whole scenario whatever the sandbox does with it (a failed assertion, `fail()`, a permission denial, the
 * step bound): promise handlers must not turn it into a rejection.
 */
export class SandboxError extends Error {
  override name = 'SandboxError';
  /** Where in sandboxed code it was raised: the innermost member access or call (1-based line, 0-based column). */
  location: { code: string; line: number; column: number } | undefined;
}

export class ScenarioAbort extends Error {
  override name = 'ScenarioAbort';
  constructor(
    message: string,
    readonly kind: 'assertion' | 'fail' | 'permission' | 'bound' | 'api',
  ) {
    super(message);
  }
}

export function isScenarioAbort(error: unknown): error is ScenarioAbort {
  return error instanceof ScenarioAbort;
}
