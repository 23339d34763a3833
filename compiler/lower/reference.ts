/**
 * Evaluating an expression once and using its value again: an identifier is read twice (pure in the sandbox:
 * no getters, no `with`); anything else is stored in a temporary on first use, `(_ref = f())`, then read back.
 */
import type { AnyNode, Expression, Identifier, Program } from 'acorn';
import { assign, identifier, isPureReference } from '../ast.ts';
import { scopeOf, type LowerContext } from './context.ts';

export interface Reference {
  /** The expression to evaluate first (an assignment to the temporary when one is needed). */
  first: Expression;
  /** The expression that reads the value again. */
  again: Identifier;
}

export function reference(
  expression: Expression,
  base: string,
  context: LowerContext,
  ancestors: readonly AnyNode[],
  program: Program,
): Reference {
  if (isPureReference(expression)) return { first: expression, again: identifier(expression.name) };
  const name = context.temp(scopeOf(ancestors, program), base);
  return { first: assign(identifier(name), expression), again: identifier(name) };
}
