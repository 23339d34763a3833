/**
 * Template literals -> `+` concatenation: `` `a${b}c` `` becomes `'a' + b + 'c'`. The chain always starts with a
 * string (`'' + b` when the literal starts with a substitution) so that `+` concatenates instead of adding two
 * numbers; the AST keeps each substitution as one operand, so the printer parenthesises `${a || b}` correctly.
 * Tagged templates have no sandbox equivalent and are left for the validator to refuse.
 */
import type { Expression } from 'acorn';
import { binary, literal } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';

export const templateLiteral: Pass = {
  name: 'template-literal',
  run(program) {
    transform(program, {
      leave(node, ancestors) {
        if (node.type !== 'TemplateLiteral') return undefined;
        if (ancestors.at(-1)?.type === 'TaggedTemplateExpression') return undefined;
        const parts: Expression[] = [];
        node.quasis.forEach((quasi, i) => {
          const text = quasi.value.cooked ?? quasi.value.raw;
          if (text !== '' || i === 0) parts.push(literal(text));
          const expression = node.expressions[i];
          if (expression !== undefined) parts.push(expression);
        });
        const [first, ...rest] = parts;
        if (first === undefined) return literal('');
        // `'' + x` is kept only when needed: `'' + 'a'` would be noise when the first part is already a string.
        // The leading '' is dropped when a string follows without it: `'' + 'a'` -> `'a'`, and
        // `'' + x + ' y'` -> `x + ' y'` (`x + ' y'` is already a string, whatever x is).
        const isText = (e: Expression | undefined): boolean => e?.type === 'Literal' && typeof e.value === 'string' && e.value !== '';
        const emptyFirst = first.type === 'Literal' && first.value === '';
        let start = first;
        if (emptyFirst && isText(rest[0])) start = rest.shift() ?? first;
        else if (emptyFirst && rest[0] !== undefined && isText(rest[1])) start = rest.shift() ?? first;
        return rest.reduce<Expression>((sum, part) => binary('+', sum, part), start);
      },
    });
  },
};
