/** `assertApi(name)`: what template code did with an API during the scenario (calls recorded by the host). */
import { ScenarioAbort } from '../runtime/errors.ts';
import { deepEqual, formatValue, type Unwrap } from './values.ts';

export type CallLog = Map<string, unknown[][]>;

const formatArgs = (args: unknown[]): string => `(${args.map((a) => formatValue(a)).join(', ')})`;

export function createAssertApi(calls: CallLog, unwrap: Unwrap): (name: unknown) => Record<string, (...args: unknown[]) => void> {
  return (rawName) => {
    const name = String(rawName);
    const list = (): unknown[][] => calls.get(name) ?? [];
    const fail = (text: string): never => {
      throw new ScenarioAbort(`assertApi('${name}').${text}`, 'assertion');
    };
    const seen = (): string => (list().length === 0 ? 'it was never called' : `its calls: ${list().map(formatArgs).join(', ')}`);
    const matches = (expected: unknown[]): boolean => list().some((args) => deepEqual(args, expected, unwrap));
    return {
      wasCalled: () => {
        if (list().length === 0) fail('wasCalled: it was never called');
      },
      wasNotCalled: () => {
        if (list().length > 0) fail(`wasNotCalled: it was called ${list().length} time(s): ${list().map(formatArgs).join(', ')}`);
      },
      wasCalledWith: (...expected: unknown[]) => {
        if (!matches(expected)) fail(`wasCalledWith${formatArgs(expected)}: ${seen()}`);
      },
      wasNotCalledWith: (...expected: unknown[]) => {
        if (matches(expected)) fail(`wasNotCalledWith${formatArgs(expected)}: it was called with these arguments`);
      },
    };
  };
}
