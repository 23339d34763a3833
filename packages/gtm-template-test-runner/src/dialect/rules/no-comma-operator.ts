import { refuseAll, type Rule } from '../rule.ts';

export const noCommaOperator: Rule = {
  name: 'no-comma-operator',
  message: 'The comma operator is unknown to work in GTM\'s sandbox (only declaration lists are observed); use statements.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (comma operator: unknown; `let i = 0, n = …` declaration lists observed)' },
  nodeTypes: ['SequenceExpression'],
  check: refuseAll(() => "the comma operator is not allowed in GTM's sandbox (refused until verified); write separate statements"),
};
