/**
 * `a ** b` -> `Math.pow(a, b)`, with `Math` bound once at the top of the program (`const Math = require('Math');`,
 * reusing an existing top-level `require('Math')` binding). `x **= y` on an identifier becomes
 * `x = Math.pow(x, y)`; on a member `o.p`, the object (and a computed key) is evaluated once.
 */
import type { Expression, MemberExpression } from 'acorn';
import { assign, call, identifier, member } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';
import { reference } from './reference.ts';

export const exponent: Pass = {
  name: 'exponent',
  run(program, context) {
    const pow = (base: Expression, exp: Expression): Expression =>
      call(member(identifier(context.api('Math')), 'pow'), [base, exp]);
    transform(program, {
      leave(node, ancestors) {
        if (node.type === 'BinaryExpression' && node.operator === '**') {
          return pow(node.left as Expression, node.right);
        }
        if (node.type !== 'AssignmentExpression' || node.operator !== '**=') return undefined;
        const target = node.left;
        if (target.type === 'Identifier') {
          return assign(target, pow(identifier(target.name), node.right));
        }
        if (target.type !== 'MemberExpression') return undefined;
        const object = reference(target.object as Expression, '_object', context, ancestors, program);
        const key =
          target.computed && target.property.type !== 'Literal'
            ? reference(target.property as Expression, '_key', context, ancestors, program)
            : undefined;
        const write: MemberExpression = { ...target, object: object.first, property: key?.first ?? target.property };
        const read: MemberExpression = { ...target, object: object.again, property: key?.again ?? target.property };
        return assign(write, pow(read, node.right));
      },
    });
  },
};
