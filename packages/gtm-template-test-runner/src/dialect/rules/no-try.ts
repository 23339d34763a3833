import { refuseAll, type Rule } from '../rule.ts';

export const noTry: Rule = {
  name: 'no-try',
  message: '`try`/`catch`/`finally` is refused by GTM\'s parser (community reports, no opcode); return errors as values.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (try/catch/finally: community claim, no decompiler opcode)' },
  nodeTypes: ['TryStatement'],
  check: refuseAll(() => "`try`/`catch`/`finally` is not allowed in GTM's sandbox; return errors as values (`{ ok: false, error }`)"),
};
