/** The client's error codes, as values (the sandbox has no `throw`). */
import type { Failure } from '../consent/result.ts';

/**
 * `bad-request`: the hit is refused with 400; `bad-route`: a routing-table row is unusable (skipped, logged);
 * `bad-rule`: an identifier rule is unusable, or cannot judge this hit (the rule is skipped, logged).
 */
export type ClientErrorCode = 'bad-request' | 'bad-route' | 'bad-rule';

export function clientFailure(code: ClientErrorCode, message: string): Failure<ClientErrorCode> {
  return { ok: false, error: { code: code, message: message } };
}
