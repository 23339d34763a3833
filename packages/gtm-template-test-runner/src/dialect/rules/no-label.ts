import { refuseAll, type Rule } from '../rule.ts';

export const noLabel: Rule = {
  name: 'no-label',
  message: 'Labels are unknown to work in GTM\'s sandbox; use a flag variable or a helper function with `return`.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (labels: unknown, 0 uses)' },
  nodeTypes: ['LabeledStatement'],
  check: refuseAll((node) =>
    `label \`${node.type === 'LabeledStatement' ? node.label.name : ''}:\` is not allowed in GTM's sandbox; use a flag variable or move the loop into a function and \`return\``),
};
