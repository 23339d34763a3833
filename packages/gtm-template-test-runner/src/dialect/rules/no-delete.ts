import { type Rule } from '../rule.ts';
import { describe } from '../describe.ts';

export const noDelete: Rule = {
  name: 'no-delete',
  message: 'The `delete` operator is not used in published templates; `Object.delete(obj, key)` is the sandbox\'s replacement.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.2 (delete: 0 uses; Object.delete documented as the replacement)' },
  nodeTypes: ['UnaryExpression'],
  check: (node) => {
    if (node.type !== 'UnaryExpression' || node.operator !== 'delete') return [];
    const target = node.argument;
    const hint = target.type === 'MemberExpression'
      ? `Object.delete(${describe(target.object)}, ${target.computed ? describe(target.property) : `'${describe(target.property)}'`})`
      : 'Object.delete(obj, key)';
    return [{ node, text: `\`delete\` is not allowed in GTM's sandbox; use \`${hint}\` with \`const Object = require('Object')\`` }];
  },
};
