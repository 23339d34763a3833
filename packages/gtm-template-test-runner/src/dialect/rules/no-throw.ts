import { refuseAll, type Rule } from '../rule.ts';

export const noThrow: Rule = {
  name: 'no-throw',
  message: '`throw` cannot be caught in GTM\'s sandbox and is treated as unsupported; return errors as values.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (throw: no opcode, 0 uses)' },
  nodeTypes: ['ThrowStatement'],
  check: refuseAll(() => "`throw` is not allowed in GTM's sandbox; return an error value (`{ ok: false, error }`) or call `data.gtmOnFailure()`"),
};
