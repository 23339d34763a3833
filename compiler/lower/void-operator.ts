/**
 * `void 0` (and `void` of any literal or identifier, which has no effect) -> `undefined`; a statement
 * `void f();` -> `f();`. `void` of an effectful expression in a value position is left for the validator.
 */
import { undefinedId } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

export const voidOperator: Pass = {
  name: 'void-operator',
  run(program) {
    transform(program, {
      leave(node) {
        if (node.type === 'ExpressionStatement' && node.expression.type === 'UnaryExpression' && node.expression.operator === 'void') {
          return { ...node, expression: node.expression.argument };
        }
        if (node.type !== 'UnaryExpression' || node.operator !== 'void') return undefined;
        const argument = node.argument;
        return argument.type === 'Literal' || argument.type === 'Identifier' ? undefinedId() : undefined;
      },
    });
  },
};
