/**
 * The visitor's table: every ESTree node type acorn can produce, either allowed (rules may still refuse some of its
 * forms, e.g. a `BinaryExpression` with `in`), refused by a named rule, or only reachable inside a refused parent.
 * A node type missing here is reported as `unknown-syntax` (the loud default). The `Record` over acorn's node types
 * makes the compiler refuse a table that forgets one.
 */
import type { NodeType } from './rule.ts';

export type NodeEntry =
  | { status: 'allowed' }
  | { status: 'refused'; rule: string }
  | { status: 'within'; parents: readonly NodeType[] };

const allowed: NodeEntry = { status: 'allowed' };
const refused = (rule: string): NodeEntry => ({ status: 'refused', rule });
const within = (...parents: NodeType[]): NodeEntry => ({ status: 'within', parents });

export const nodeTable: Readonly<Record<NodeType, NodeEntry>> = {
  // ES5.1 + const/let + arrow functions (Google's sandboxed-javascript page) and what published templates use.
  Program: allowed,
  Identifier: allowed,
  Literal: allowed,
  ExpressionStatement: allowed,
  BlockStatement: allowed,
  EmptyStatement: allowed,
  ReturnStatement: allowed,
  BreakStatement: allowed,
  ContinueStatement: allowed,
  IfStatement: allowed,
  SwitchStatement: allowed,
  SwitchCase: allowed,
  WhileStatement: allowed,
  ForStatement: allowed,
  ForInStatement: allowed,
  ForOfStatement: allowed,
  FunctionDeclaration: allowed,
  FunctionExpression: allowed,
  ArrowFunctionExpression: allowed,
  VariableDeclaration: allowed,
  VariableDeclarator: allowed,
  ArrayExpression: allowed,
  ObjectExpression: allowed,
  Property: allowed,
  UnaryExpression: allowed,
  UpdateExpression: allowed,
  BinaryExpression: allowed,
  AssignmentExpression: allowed,
  LogicalExpression: allowed,
  MemberExpression: allowed,
  ConditionalExpression: allowed,
  CallExpression: allowed,
  ParenthesizedExpression: allowed,
  // Refused.
  NewExpression: refused('no-new'),
  ThisExpression: refused('no-this'),
  ClassDeclaration: refused('no-class'),
  ClassExpression: refused('no-class'),
  TryStatement: refused('no-try'),
  CatchClause: within('TryStatement'),
  ThrowStatement: refused('no-throw'),
  TemplateLiteral: refused('no-template-literal'),
  TaggedTemplateExpression: refused('no-template-literal'),
  TemplateElement: within('TemplateLiteral'),
  ObjectPattern: refused('no-destructuring'),
  ArrayPattern: refused('no-destructuring'),
  SpreadElement: refused('no-spread-rest'),
  RestElement: refused('no-spread-rest'),
  AssignmentPattern: refused('no-default-parameter'),
  AwaitExpression: refused('no-async'),
  YieldExpression: refused('no-generator'),
  ChainExpression: refused('no-optional-chaining'),
  LabeledStatement: refused('no-label'),
  WithStatement: refused('no-with'),
  DebuggerStatement: refused('no-debugger'),
  DoWhileStatement: refused('no-do-while'),
  SequenceExpression: refused('no-comma-operator'),
  MetaProperty: refused('no-meta-property'),
  ImportDeclaration: refused('no-module-syntax'),
  ExportNamedDeclaration: refused('no-module-syntax'),
  ExportDefaultDeclaration: refused('no-module-syntax'),
  ExportAllDeclaration: refused('no-module-syntax'),
  ImportExpression: refused('no-module-syntax'),
  // Only reachable inside a refused parent.
  ClassBody: within('ClassDeclaration', 'ClassExpression'),
  MethodDefinition: within('ClassBody'),
  PropertyDefinition: within('ClassBody'),
  StaticBlock: within('ClassBody'),
  PrivateIdentifier: within('ClassBody'),
  Super: within('ClassBody'),
  ImportSpecifier: within('ImportDeclaration'),
  ImportDefaultSpecifier: within('ImportDeclaration'),
  ImportNamespaceSpecifier: within('ImportDeclaration'),
  ImportAttribute: within('ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'),
  ExportSpecifier: within('ExportNamedDeclaration'),
};
