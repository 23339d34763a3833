/**
 * JSON (web and server; no permission). Google: `parse` coerces a non-string argument to a string and returns
 * `undefined` when it cannot be parsed; `stringify` returns `undefined` when the value has a cycle. Otherwise
 * both behave as JavaScript's (functions and `undefined` members are left out by stringify).
 */
import { makeString } from './coerce.ts';

export const JSONApi = {
  parse(input: unknown): unknown {
    try {
      return JSON.parse(makeString(input));
    } catch {
      return undefined;
    }
  },
  stringify(value: unknown): string | undefined {
    try {
      return JSON.stringify(value);
    } catch {
      return undefined;
    }
  },
};
