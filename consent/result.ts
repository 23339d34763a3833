/**
 * Errors are values in sandbox-bound code: GTM's sandbox has no `throw`/`try`, so every function that can fail
 * returns one of these. `code` is a string-literal union chosen by each module.
 */
export interface Failure<Code extends string> {
  ok: false;
  error: { code: Code; message: string };
}

export interface Success<Value> {
  ok: true;
  value: Value;
}

export type Result<Value, Code extends string> = Success<Value> | Failure<Code>;

export function success<Value>(value: Value): Success<Value> {
  return { ok: true, value: value };
}

export function failure<Code extends string>(code: Code, message: string): Failure<Code> {
  return { ok: false, error: { code: code, message: message } };
}
