import { docs, type Rule } from '../rule.ts';

/** Reported by the validator when acorn cannot parse the code; it checks no node. */
export const syntax: Rule = {
  name: 'syntax',
  message: 'The code must parse as a JavaScript function body (acorn, script mode, top-level `return` allowed).',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: [],
  check: () => [],
};
