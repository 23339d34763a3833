/**
 * `a ?? b` -> `a != null ? a : b`; a left side that is not an identifier is evaluated once into a temporary:
 * `(_nullish = f()) != null ? _nullish : b`. `b` is evaluated only when needed, as in JavaScript.
 */
import { binary, conditional, literal } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';
import { reference } from './reference.ts';

export const nullishCoalescing: Pass = {
  name: 'nullish-coalescing',
  run(program, context) {
    transform(program, {
      leave(node, ancestors) {
        if (node.type !== 'LogicalExpression' || node.operator !== '??') return undefined;
        const ref = reference(node.left, '_nullish', context, ancestors, program);
        return conditional(binary('!=', ref.first, literal(null)), ref.again, node.right);
      },
    });
  },
};
