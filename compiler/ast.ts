/**
 * Small builders for the acorn (ESTree) nodes the lowering passes create. Created nodes carry no location;
 * `fillLocations` (locations.ts) gives each one the location of the nearest original ancestor, so that a
 * diagnostic on generated code still points at the TypeScript line it came from.
 */
import type {
  AnyNode,
  ArrowFunctionExpression,
  AssignmentExpression,
  BinaryExpression,
  BinaryOperator,
  BlockStatement,
  CallExpression,
  ConditionalExpression,
  Expression,
  ExpressionStatement,
  FunctionDeclaration,
  FunctionExpression,
  Identifier,
  IfStatement,
  Literal,
  MemberExpression,
  Pattern,
  ReturnStatement,
  Statement,
  VariableDeclaration,
  VariableDeclarator,
} from 'acorn';

export type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;

const at = { start: 0, end: 0 };

export function identifier(name: string): Identifier {
  return { type: 'Identifier', name, ...at };
}

export function literal(value: string | number | boolean | null): Literal {
  return { type: 'Literal', value, raw: JSON.stringify(value), ...at };
}

export function undefinedId(): Identifier {
  return identifier('undefined');
}

export function member(object: Expression, property: string | Expression): MemberExpression {
  if (typeof property === 'string') {
    return { type: 'MemberExpression', object, property: identifier(property), computed: false, optional: false, ...at };
  }
  return { type: 'MemberExpression', object, property, computed: true, optional: false, ...at };
}

export function call(callee: Expression, args: Expression[]): CallExpression {
  return { type: 'CallExpression', callee, arguments: args, optional: false, ...at };
}

export function binary(operator: BinaryOperator, left: Expression, right: Expression): BinaryExpression {
  return { type: 'BinaryExpression', operator, left, right, ...at };
}

export function conditional(test: Expression, consequent: Expression, alternate: Expression): ConditionalExpression {
  return { type: 'ConditionalExpression', test, consequent, alternate, ...at };
}

export function assign(left: Pattern, right: Expression): AssignmentExpression {
  return { type: 'AssignmentExpression', operator: '=', left, right, ...at };
}

export function expressionStatement(expression: Expression): ExpressionStatement {
  return { type: 'ExpressionStatement', expression, ...at };
}

export function declarator(id: Pattern, init: Expression | null): VariableDeclarator {
  return { type: 'VariableDeclarator', id, init, ...at };
}

export function variableDeclaration(
  kind: VariableDeclaration['kind'],
  declarations: VariableDeclarator[],
): VariableDeclaration {
  return { type: 'VariableDeclaration', kind, declarations, ...at };
}

export function block(body: Statement[]): BlockStatement {
  return { type: 'BlockStatement', body, ...at };
}

export function ifStatement(test: Expression, consequent: Statement, alternate: Statement | null = null): IfStatement {
  return { type: 'IfStatement', test, consequent, alternate, ...at };
}

export function returnStatement(argument: Expression | null): ReturnStatement {
  return { type: 'ReturnStatement', argument, ...at };
}

/** `name === undefined`, the test a default value is applied on. */
export function isUndefined(target: Expression): BinaryExpression {
  return binary('===', target, undefinedId());
}

/** `require('api')` with a string-literal argument, as GTM's permission detection wants it. */
export function requireCall(api: string): CallExpression {
  return call(identifier('require'), [literal(api)]);
}

/** Whether reading `node` twice is the same as reading it once: an identifier (the sandbox has no getters or `with`). */
export function isPureReference(node: AnyNode): node is Identifier {
  return node.type === 'Identifier' && node.name !== 'arguments';
}

export function isFunctionNode(node: AnyNode): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}

/** Gives a function a block body (`x => e` becomes `x => { return e; }`) so statements can be added to it. */
export function ensureBlockBody(fn: FunctionNode): BlockStatement {
  if (fn.body.type === 'BlockStatement') return fn.body;
  const body = block([returnStatement(fn.body)]);
  fn.body = body;
  fn.expression = false;
  return body;
}

/** A require call `require('x')` with one string-literal argument: the API name, else undefined. */
export function requiredApi(node: AnyNode): string | undefined {
  if (node.type !== 'CallExpression') return undefined;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return undefined;
  const [arg] = node.arguments;
  if (node.arguments.length !== 1 || arg === undefined || arg.type !== 'Literal') return undefined;
  return typeof arg.value === 'string' ? arg.value : undefined;
}
