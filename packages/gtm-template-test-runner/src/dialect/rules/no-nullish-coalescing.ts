import { docs, type Rule } from '../rule.ts';

export const noNullishCoalescing: Rule = {
  name: 'no-nullish-coalescing',
  message: '`??` and `??=` are ES2020/2021 and not among the ES6 features GTM\'s sandbox lists.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['LogicalExpression', 'AssignmentExpression'],
  check: (node) =>
    (node.type === 'LogicalExpression' || node.type === 'AssignmentExpression') && (node.operator === '??' || node.operator === '??=')
      ? [{ node, text: `\`${node.operator}\` is not allowed in GTM's sandbox; write \`x === undefined || x === null ? fallback : x\`` }]
      : [],
};
