import { refuseAll, type Rule } from '../rule.ts';

export const noDoWhile: Rule = {
  name: 'no-do-while',
  message: '`do … while` is unknown to work in GTM\'s sandbox (no published use, no opcode); use `while`.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (do…while: unknown, 0 uses)' },
  nodeTypes: ['DoWhileStatement'],
  check: refuseAll(() => "`do … while` is not allowed in GTM's sandbox (refused until verified); use `while (true) { …; if (!cond) break; }`"),
};
