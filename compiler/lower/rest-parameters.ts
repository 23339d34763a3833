/**
 * Rest parameters -> a copy of `arguments`: `function f(a, ...rest) {}` becomes
 * `function f(a) { var rest = []; for (var _i = 1; _i < arguments.length; _i++) rest.push(arguments[_i]); }`.
 * Arrow functions have no `arguments` of their own, so an arrow with a rest parameter becomes a function
 * expression (safe in the sandbox, where there is no `this` to lose) unless its body reads the outer
 * `arguments`; that case is left for the validator.
 */
import type { AnyNode, ForStatement, FunctionExpression, Statement } from 'acorn';
import {
  binary,
  call,
  declarator,
  ensureBlockBody,
  expressionStatement,
  identifier,
  isFunctionNode,
  literal,
  member,
  variableDeclaration,
} from '../ast.ts';
import { nodes, transform } from '../walk.ts';
import type { Pass } from './pass.ts';

export const restParameters: Pass = {
  name: 'rest-parameters',
  run(program, context) {
    transform(program, {
      leave(node) {
        if (!isFunctionNode(node)) return undefined;
        const last = node.params.at(-1);
        if (last === undefined || last.type !== 'RestElement') return undefined;
        if (node.type === 'ArrowFunctionExpression' && readsArguments(node.body)) return undefined;
        const index = node.params.length - 1;
        const target = last.argument.type === 'Identifier' ? last.argument.name : context.uniqueName('_rest');
        const i = context.uniqueName('_i');
        const copy: ForStatement = {
          type: 'ForStatement',
          init: variableDeclaration('var', [declarator(identifier(i), literal(index))]),
          test: binary('<', identifier(i), member(identifier('arguments'), 'length')),
          update: { type: 'UpdateExpression', operator: '++', prefix: false, argument: identifier(i), start: 0, end: 0 },
          body: expressionStatement(
            call(member(identifier(target), 'push'), [member(identifier('arguments'), identifier(i))]),
          ),
          start: 0,
          end: 0,
        };
        const prologue: Statement[] = [
          variableDeclaration('var', [declarator(identifier(target), { type: 'ArrayExpression', elements: [], start: 0, end: 0 })]),
          copy,
        ];
        if (last.argument.type !== 'Identifier') {
          prologue.push(variableDeclaration('var', [declarator(last.argument, identifier(target))]));
        }
        node.params = node.params.slice(0, index);
        ensureBlockBody(node).body.unshift(...prologue);
        if (node.type !== 'ArrowFunctionExpression') return undefined;
        const fn: FunctionExpression = {
          type: 'FunctionExpression',
          id: null,
          params: node.params,
          body: ensureBlockBody(node),
          generator: false,
          expression: false,
          async: node.async,
          start: node.start,
          end: node.end,
          loc: node.loc ?? null,
        };
        return fn;
      },
    });
  },
};

/** Whether `arguments` appears anywhere in `body` (conservative: also counts nested functions' own). */
function readsArguments(body: AnyNode): boolean {
  for (const n of nodes(body)) {
    if (n.type === 'Identifier' && n.name === 'arguments') return true;
  }
  return false;
}
