import { docs, type Rule } from '../rule.ts';

export const noLogicalAssignment: Rule = {
  name: 'no-logical-assignment',
  message: '`||=` and `&&=` are ES2021 and not among the ES6 features GTM\'s sandbox lists.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['AssignmentExpression'],
  check: (node) =>
    node.type === 'AssignmentExpression' && (node.operator === '||=' || node.operator === '&&=')
      ? [{ node, text: `\`${node.operator}\` is not allowed in GTM's sandbox; write \`x = x ${node.operator.slice(0, 2)} value\`` }]
      : [],
};
