/**
 * `do body while (test)` -> a `for` whose first test is skipped by a flag:
 *   for (let _first = true; _first || test; _first = false) body
 * (`do…while` is refused by the validator as unverified in GTM's sandbox). `continue` in the body still reaches the
 * test (through the update, as in a `do…while`), `break` still leaves the loop, and the flag starts over each
 * time the loop is entered.
 */
import type { ForStatement } from 'acorn';
import { assign, declarator, identifier, literal, variableDeclaration } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

export const doWhile: Pass = {
  name: 'do-while',
  run(program, context) {
    transform(program, {
      leave(node) {
        if (node.type !== 'DoWhileStatement') return undefined;
        const first = context.uniqueName('_first');
        const loop: ForStatement = {
          type: 'ForStatement',
          init: variableDeclaration('let', [declarator(identifier(first), literal(true))]),
          test: { type: 'LogicalExpression', operator: '||', left: identifier(first), right: node.test, start: 0, end: 0 },
          update: assign(identifier(first), literal(false)),
          body: node.body,
          start: node.start,
          end: node.end,
          loc: node.loc ?? null,
        };
        return loop;
      },
    });
  },
};
