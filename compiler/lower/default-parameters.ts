/**
 * Default parameters -> checks at the top of the body, in parameter order:
 * `function f(a, b = 1) {}` becomes `function f(a, b) { if (b === undefined) b = 1; }`.
 * A pattern with a default (`({ x } = {})`) becomes a plain parameter plus `var { x } = _param;`, which the
 * destructuring pass lowers next.
 */
import type { Pattern, Statement } from 'acorn';
import {
  assign,
  declarator,
  ensureBlockBody,
  expressionStatement,
  identifier,
  ifStatement,
  isFunctionNode,
  isUndefined,
  variableDeclaration,
} from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

export const defaultParameters: Pass = {
  name: 'default-parameters',
  run(program, context) {
    transform(program, {
      leave(node) {
        if (!isFunctionNode(node) || !node.params.some((p) => p.type === 'AssignmentPattern')) return undefined;
        const prologue: Statement[] = [];
        node.params = node.params.map((param): Pattern => {
          if (param.type !== 'AssignmentPattern') return param;
          const name = param.left.type === 'Identifier' ? param.left.name : context.uniqueName('_param');
          prologue.push(
            ifStatement(isUndefined(identifier(name)), expressionStatement(assign(identifier(name), param.right))),
          );
          if (param.left.type !== 'Identifier') {
            prologue.push(variableDeclaration('var', [declarator(param.left, identifier(name))]));
          }
          return identifier(name);
        });
        ensureBlockBody(node).body.unshift(...prologue);
        return undefined;
      },
    });
  },
};
