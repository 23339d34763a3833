import { refuseAll, type Rule } from '../rule.ts';

export const noDebugger: Rule = {
  name: 'no-debugger',
  message: '`debugger` has no meaning in GTM\'s sandbox and nothing shows it is accepted.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (not in the feature matrix; 0 uses)' },
  nodeTypes: ['DebuggerStatement'],
  check: refuseAll(() => "`debugger` is not allowed in GTM's sandbox; use `require('logToConsole')`"),
};
