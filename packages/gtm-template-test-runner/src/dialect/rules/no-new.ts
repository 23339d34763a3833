import { docs, refuseAll, type Rule } from '../rule.ts';

export const noNew: Rule = {
  name: 'no-new',
  message: 'GTM\'s sandbox has no `new` keyword and no constructors; build values with literals and the APIs.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['NewExpression'],
  check: refuseAll(() =>
    "`new` is not allowed in GTM's sandbox (no constructors); use literals (`{}`, `[]`), or `Promise.create` from `require('Promise')` on the server"),
};
