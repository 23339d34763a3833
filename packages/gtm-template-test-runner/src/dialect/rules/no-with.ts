import { refuseAll, type Rule } from '../rule.ts';

export const noWith: Rule = {
  name: 'no-with',
  message: '`with` is refused: it makes names unresolvable, and nothing shows GTM accepts it.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (not in the feature matrix; 0 uses)' },
  nodeTypes: ['WithStatement'],
  check: refuseAll(() => "`with` is not allowed in GTM's sandbox; name the object explicitly"),
};
