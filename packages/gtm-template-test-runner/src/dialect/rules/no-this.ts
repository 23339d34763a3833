import { docs, refuseAll, type Rule } from '../rule.ts';

export const noThis: Rule = {
  name: 'no-this',
  message: 'Functions in GTM\'s sandbox have no access to `this`; pass values as parameters or close over them.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['ThisExpression'],
  check: refuseAll(() => "`this` is not available in GTM's sandbox; pass the value as a parameter or close over it"),
};
