import { docs, refuseAll, type Rule } from '../rule.ts';

export const noOptionalChaining: Rule = {
  name: 'no-optional-chaining',
  message: 'Optional chaining (`?.`) is ES2020 and not among the ES6 features GTM\'s sandbox lists.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['ChainExpression'],
  check: refuseAll(() => "optional chaining `?.` is not allowed in GTM's sandbox; test for `undefined`/`null` first (`o && o.p`)"),
};
