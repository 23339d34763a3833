import { type Rule } from '../rule.ts';

/** Reported by the validator for a node type missing from `node-table.ts` (the visitor's loud default). */
export const unknownSyntax: Rule = {
  name: 'unknown-syntax',
  message: 'A syntax the validator does not know is refused, never passed through silently.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (only the listed constructs are known)' },
  nodeTypes: [],
  check: () => [],
};
