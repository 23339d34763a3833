/**
 * Destructuring -> one binding per name, reading properties and indexes of a value evaluated once:
 *   const { a, b: { c = 1 }, ...rest } = f();
 * becomes
 *   const _ref = f(), a = _ref.a, _ref2 = _ref.b, c = _ref2.c === undefined ? 1 : _ref2.c,
 *     rest = objectRest(_ref, ['a', 'b']);
 * Covered: declarations (any kind, nested, defaults, rest), parameters (`function f({ a }) {}` becomes
 * `function f(_param) { var a = _param.a; }`), `for (const [k, v] of list)` heads, and assignment statements
 * (`[a, b] = [b, a];`). Array patterns read indexes (`_ref[0]`, rest `_ref.slice(1)`): arrays and strings, not
 * other iterables, which the sandbox does not have. A destructuring assignment used as a value is left for the
 * validator.
 */
import type {
  AnyNode,
  BlockStatement,
  Expression,
  ExpressionStatement,
  ObjectPattern,
  Pattern,
  Statement,
  VariableDeclaration,
  VariableDeclarator,
} from 'acorn';
import {
  assign,
  block,
  call,
  conditional,
  declarator,
  ensureBlockBody,
  expressionStatement,
  identifier,
  isFunctionNode,
  isUndefined,
  literal,
  member,
  variableDeclaration,
} from '../ast.ts';
import { transform } from '../walk.ts';
import type { LowerContext } from './context.ts';
import type { Pass } from './pass.ts';

/** One simple binding: a name (or, in assignments, a member) and the expression giving its value. */
interface Binding {
  target: Pattern;
  value: Expression;
  /** A temporary introduced by the lowering (always declared, also in assignments). */
  temporary: boolean;
}

const identifierName = /^[A-Za-z_$][\w$]*$/;

function isPattern(node: Pattern): boolean {
  return node.type === 'ObjectPattern' || node.type === 'ArrayPattern';
}

/** Bindings for `pattern = source`, where `source` may be read any number of times. */
function bindings(pattern: Pattern, source: Expression, context: LowerContext, out: Binding[]): void {
  switch (pattern.type) {
    case 'AssignmentPattern': {
      const value = conditional(isUndefined(source), pattern.right, source);
      if (isPattern(pattern.left)) {
        const temp = identifier(context.uniqueName('_ref'));
        out.push({ target: temp, value, temporary: true });
        bindings(pattern.left, identifier(temp.name), context, out);
      } else {
        out.push({ target: pattern.left, value, temporary: false });
      }
      return;
    }
    case 'ObjectPattern':
      objectBindings(pattern, source, context, out);
      return;
    case 'ArrayPattern':
      pattern.elements.forEach((element, index) => {
        if (element === null) return;
        if (element.type === 'RestElement') {
          nested(element.argument, call(member(source, 'slice'), [literal(index)]), context, out);
        } else {
          nested(element, member(source, literal(index)), context, out);
        }
      });
      return;
    default:
      out.push({ target: pattern, value: source, temporary: false });
  }
}

/** A sub-pattern's value: bound directly when simple, else through a temporary so it is read once. */
function nested(pattern: Pattern, value: Expression, context: LowerContext, out: Binding[]): void {
  if (!isPattern(pattern)) {
    bindings(pattern, value, context, out);
    return;
  }
  const temp = identifier(context.uniqueName('_ref'));
  out.push({ target: temp, value, temporary: true });
  bindings(pattern, identifier(temp.name), context, out);
}

function objectBindings(pattern: ObjectPattern, source: Expression, context: LowerContext, out: Binding[]): void {
  const seenKeys: Expression[] = [];
  for (const property of pattern.properties) {
    if (property.type === 'RestElement') {
      const excluded: Expression = { type: 'ArrayExpression', elements: seenKeys, start: 0, end: 0 };
      nested(property.argument, call(identifier(context.helper('objectRest')), [source, excluded]), context, out);
      continue;
    }
    let key: Expression;
    if (!property.computed && property.key.type === 'Identifier') {
      key = literal(property.key.name);
    } else if (property.key.type === 'Literal' && (typeof property.key.value === 'string' || typeof property.key.value === 'number')) {
      // for…in (objectRest) sees keys as strings: `{ 0: a }` excludes '0'.
      key = literal(String(property.key.value));
    } else {
      // A computed key is evaluated once, into a temporary, since a rest element may need it again.
      const temp = identifier(context.uniqueName('_key'));
      out.push({ target: temp, value: property.key, temporary: true });
      key = identifier(temp.name);
    }
    seenKeys.push(key);
    const read =
      key.type === 'Literal' && typeof key.value === 'string' && identifierName.test(key.value)
        ? member(source, key.value)
        : member(source, key.type === 'Identifier' ? identifier(key.name) : key);
    nested(property.value, read, context, out);
  }
}

/** The declarators replacing one destructuring declarator (`const {a} = f()` -> `_ref = f(), a = _ref.a`). */
function lowerDeclarator(d: VariableDeclarator, context: LowerContext): VariableDeclarator[] {
  if (!isPattern(d.id) || d.init === null || d.init === undefined) return [d];
  const out: Binding[] = [];
  let source: Expression = d.init;
  const result: VariableDeclarator[] = [];
  if (d.init.type !== 'Identifier') {
    const temp = context.uniqueName('_ref');
    result.push(declarator(identifier(temp), d.init));
    source = identifier(temp);
  }
  bindings(d.id, source, context, out);
  for (const b of out) result.push({ ...declarator(b.target, b.value), loc: d.loc ?? null, start: d.start, end: d.end });
  return result;
}

function lowerDeclaration(declaration: VariableDeclaration, context: LowerContext): VariableDeclaration {
  declaration.declarations = declaration.declarations.flatMap((d) => lowerDeclarator(d, context));
  return declaration;
}

/** `[a, b] = [b, a];` -> `{ const _ref = [b, a]; a = _ref[0]; b = _ref[1]; }` (flattened into the list). */
function lowerAssignmentStatement(statement: ExpressionStatement, context: LowerContext): Statement[] | undefined {
  const e = statement.expression;
  if (e.type !== 'AssignmentExpression' || e.operator !== '=' || !isPattern(e.left)) return undefined;
  const out: Binding[] = [];
  const statements: Statement[] = [];
  let source: Expression = e.right;
  if (e.right.type !== 'Identifier') {
    const temp = context.uniqueName('_ref');
    statements.push(variableDeclaration('const', [declarator(identifier(temp), e.right)]));
    source = identifier(temp);
  }
  bindings(e.left, source, context, out);
  for (const b of out) {
    statements.push(
      b.temporary
        ? variableDeclaration('const', [declarator(b.target, b.value)])
        : expressionStatement(assign(b.target, b.value)),
    );
  }
  return statements;
}

const statementLists = new Set(['Program', 'BlockStatement', 'StaticBlock']);

export const destructuring: Pass = {
  name: 'destructuring',
  run(program, context) {
    const expanded = new WeakMap<BlockStatement, Statement[]>();
    transform(program, {
      leave(node: AnyNode, ancestors) {
        const parent = ancestors.at(-1);
        if (node.type === 'VariableDeclaration') {
          const isLoopHead = (parent?.type === 'ForOfStatement' || parent?.type === 'ForInStatement') && parent.left === node;
          return isLoopHead ? undefined : lowerDeclaration(node, context);
        }
        if ((node.type === 'ForOfStatement' || node.type === 'ForInStatement') && node.left.type === 'VariableDeclaration') {
          const [head] = node.left.declarations;
          if (head === undefined || !isPattern(head.id)) return undefined;
          const temp = context.uniqueName('_ref');
          const inner = lowerDeclaration(
            variableDeclaration(node.left.kind, [{ ...declarator(head.id, identifier(temp)), loc: head.loc ?? null }]),
            context,
          );
          head.id = identifier(temp);
          node.body = block([inner, ...(node.body.type === 'BlockStatement' ? node.body.body : [node.body])]);
          return undefined;
        }
        if (isFunctionNode(node) && node.params.some(isPattern)) {
          const prologue: VariableDeclaration[] = [];
          node.params = node.params.map((param) => {
            if (!isPattern(param)) return param;
            const temp = context.uniqueName('_param');
            prologue.push(lowerDeclaration(variableDeclaration('var', [declarator(param, identifier(temp))]), context));
            return identifier(temp);
          });
          ensureBlockBody(node).body.unshift(...prologue);
          return undefined;
        }
        if (node.type === 'ExpressionStatement') {
          const statements = lowerAssignmentStatement(node, context);
          if (statements === undefined) return undefined;
          const replacement = block(statements);
          if (parent !== undefined && (statementLists.has(parent.type) || parent.type === 'SwitchCase')) {
            expanded.set(replacement, statements);
          }
          return replacement;
        }
        if (statementLists.has(node.type) || node.type === 'SwitchCase') {
          const list = node.type === 'SwitchCase' ? node.consequent : (node as { body: Statement[] }).body;
          const flat = list.flatMap((s) => (s.type === 'BlockStatement' ? (expanded.get(s) ?? [s]) : [s]));
          list.splice(0, list.length, ...flat);
        }
        return undefined;
      },
    });
  },
};
