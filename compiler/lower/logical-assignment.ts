/**
 * Logical assignment (ES2021) -> ES5, assigning only when JavaScript would:
 *   statement `x ||= y;` -> `if (!x) x = y;`   `x &&= y;` -> `if (x) x = y;`   `x ??= y;` -> `if (x == null) x = y;`
 *   value     `x ||= y`  -> `x || (x = y)`     `x &&= y`  -> `x && (x = y)`    `x ??= y`  -> `x != null ? x : (x = y)`
 * A member target's object (and computed key) is evaluated once: `f().p ||= 1` -> `(_object = f()).p || (_object.p = 1)`.
 */
import type { AnyNode, AssignmentExpression, Expression, MemberExpression, Pattern, Program } from 'acorn';
import { assign, binary, conditional, expressionStatement, ifStatement, literal } from '../ast.ts';
import { transform } from '../walk.ts';
import type { LowerContext } from './context.ts';
import type { Pass } from './pass.ts';
import { reference } from './reference.ts';

type LogicalOperator = '||=' | '&&=' | '??=';

function isLogical(node: AnyNode): node is AssignmentExpression & { operator: LogicalOperator } {
  return node.type === 'AssignmentExpression' && (node.operator === '||=' || node.operator === '&&=' || node.operator === '??=');
}

/** The target read first (evaluating its parts) and the same target read and written again. */
function targets(
  left: Pattern,
  context: LowerContext,
  ancestors: readonly AnyNode[],
  program: Program,
): { first: Expression; again: () => Pattern & Expression } | undefined {
  if (left.type === 'Identifier') return { first: left, again: () => ({ ...left }) };
  if (left.type !== 'MemberExpression') return undefined;
  const object = reference(left.object as Expression, '_object', context, ancestors, program);
  const key =
    left.computed && left.property.type !== 'Literal'
      ? reference(left.property as Expression, '_key', context, ancestors, program)
      : undefined;
  const first: MemberExpression = { ...left, object: object.first, property: key?.first ?? left.property };
  return { first, again: () => ({ ...left, object: { ...object.again }, property: key ? { ...key.again } : left.property }) };
}

export const logicalAssignment: Pass = {
  name: 'logical-assignment',
  run(program, context) {
    transform(program, {
      leave(node, ancestors) {
        if (node.type === 'ExpressionStatement' && isLogical(node.expression)) {
          const e = node.expression;
          const target = targets(e.left, context, ancestors.concat(node), program);
          if (target === undefined) return undefined;
          const test =
            e.operator === '||='
              ? { type: 'UnaryExpression' as const, operator: '!' as const, prefix: true as const, argument: target.first, start: 0, end: 0 }
              : e.operator === '&&='
                ? target.first
                : binary('==', target.first, literal(null));
          return ifStatement(test, expressionStatement(assign(target.again(), e.right)));
        }
        if (!isLogical(node)) return undefined;
        if (ancestors.at(-1)?.type === 'ExpressionStatement') return undefined; // lowered as a statement above
        const target = targets(node.left, context, ancestors, program);
        if (target === undefined) return undefined;
        const write = assign(target.again(), node.right);
        if (node.operator === '??=') return conditional(binary('!=', target.first, literal(null)), target.again(), write);
        return { type: 'LogicalExpression', operator: node.operator === '||=' ? '||' : '&&', left: target.first, right: write, start: 0, end: 0 };
      },
    });
  },
};
