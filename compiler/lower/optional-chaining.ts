/**
 * Optional chaining -> conditionals: `a?.b.c` becomes `a == null ? undefined : a.b.c`, and a non-identifier base
 * is evaluated once into a temporary: `(_chain = f())?.x` becomes `(_chain = f()) == null ? undefined : _chain.x`.
 * An optional call on a method keeps the method call: `o.m?.()` becomes `o.m == null ? undefined : o.m()`.
 * Each optional link short-circuits the rest of the chain, as in JavaScript.
 */
import type { CallExpression, Expression, MemberExpression } from 'acorn';
import { binary, conditional, literal, undefinedId } from '../ast.ts';
import { transform } from '../walk.ts';
import type { Pass } from './pass.ts';
import { reference, type Reference } from './reference.ts';

export const optionalChaining: Pass = {
  name: 'optional-chaining',
  run(program, context) {
    transform(program, {
      leave(node, ancestors) {
        if (node.type !== 'ChainExpression') return undefined;
        const links: (MemberExpression | CallExpression)[] = [];
        let base: Expression = node.expression;
        while (base.type === 'MemberExpression' || base.type === 'CallExpression') {
          links.unshift(base);
          base = base.type === 'MemberExpression' ? (base.object as Expression) : (base.callee as Expression);
        }
        const guards: Expression[] = [];
        let current: Expression = base;
        for (const link of links) {
          if (link.optional) {
            if (link.type === 'CallExpression' && current.type === 'MemberExpression') {
              // Keep `object.method(...)` a method call: make object (and a computed key) reusable, guard on the method.
              const method: MemberExpression = current;
              const object = reference(method.object as Expression, '_chain', context, ancestors, program);
              let key: Reference | undefined;
              if (method.computed && method.property.type !== 'Literal') {
                key = reference(method.property as Expression, '_key', context, ancestors, program);
              }
              guards.push(
                binary('==', { ...method, object: object.first, property: key?.first ?? method.property }, literal(null)),
              );
              current = { ...method, object: object.again, property: key?.again ?? method.property };
            } else {
              const ref = reference(current, '_chain', context, ancestors, program);
              guards.push(binary('==', ref.first, literal(null)));
              current = ref.again;
            }
          }
          current =
            link.type === 'MemberExpression'
              ? { ...link, object: current, optional: false }
              : { ...link, callee: current, optional: false };
        }
        return guards.reduceRight<Expression>((rest, guard) => conditional(guard, undefinedId(), rest), current);
      },
    });
  },
};
