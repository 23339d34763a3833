import { docs, type Rule } from '../rule.ts';

export const noExponent: Rule = {
  name: 'no-exponent',
  message: '`**` is ES2016 and not among the ES6 features GTM\'s sandbox lists; use `Math.pow`.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['BinaryExpression', 'AssignmentExpression'],
  check: (node) =>
    (node.type === 'BinaryExpression' && node.operator === '**') || (node.type === 'AssignmentExpression' && node.operator === '**=')
      ? [{ node, text: `\`${node.operator}\` is not allowed in GTM's sandbox; use \`Math.pow(a, b)\` with \`const Math = require('Math')\`` }]
      : [],
};
