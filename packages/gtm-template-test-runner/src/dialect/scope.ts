/**
 * Scope analysis: which identifiers are references, and what each reference resolves to. A name declared by the
 * program (var, let, const, function, class, parameter, catch parameter) is not a global, wherever it is declared in
 * an enclosing scope (declarations are collected before references are resolved, so hoisting needs no special case).
 */
import type { AnyNode, Identifier, Program } from 'acorn';
import { childrenOf } from './children.ts';

export interface Binding {
  name: string;
  kind: 'var' | 'let' | 'const' | 'function' | 'class' | 'param' | 'catch' | 'arguments' | 'import';
  /** For `const X = require('api')`: the API name, so member checks know what `X` holds. */
  requiredApi: string | undefined;
}

export type Resolution = { kind: 'declared'; binding: Binding } | { kind: 'global'; name: string };

interface Scope {
  parent: Scope | undefined;
  /** Function scopes receive `var` and hoisted declarations. */
  isFunction: boolean;
  bindings: Map<string, Binding>;
}

export interface ScopeInfo {
  resolve(node: AnyNode): Resolution | undefined;
}

type Mode = { kind: 'reference' } | { kind: 'bind'; binding: Binding['kind']; scope: Scope; requiredApi?: string };

const reference: Mode = { kind: 'reference' };

export function analyzeScopes(program: Program): ScopeInfo {
  const references = new Map<AnyNode, Scope>();
  const root: Scope = { parent: undefined, isFunction: true, bindings: new Map() };

  const declare = (scope: Scope, name: string, kind: Binding['kind'], requiredApi?: string): void => {
    if (!scope.bindings.has(name) || kind !== 'arguments') scope.bindings.set(name, { name, kind, requiredApi });
  };
  const functionScopeOf = (scope: Scope): Scope => {
    let s = scope;
    while (!s.isFunction && s.parent) s = s.parent;
    return s;
  };

  const visit = (node: AnyNode, scope: Scope, mode: Mode, parent: AnyNode | undefined, key: string): void => {
    switch (node.type) {
      case 'Identifier': {
        if (!isReferencePosition(parent, key)) return;
        if (mode.kind === 'bind') declare(mode.scope, node.name, mode.binding, mode.requiredApi);
        else references.set(node, scope);
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        if (node.type === 'FunctionDeclaration' && node.id) declare(scope, node.id.name, 'function');
        const inner: Scope = { parent: scope, isFunction: true, bindings: new Map() };
        if (node.type === 'FunctionExpression' && node.id) declare(inner, node.id.name, 'function');
        if (node.type !== 'ArrowFunctionExpression') declare(inner, 'arguments', 'arguments');
        for (const param of node.params) visit(param, inner, { kind: 'bind', binding: 'param', scope: inner }, node, 'params');
        visit(node.body, inner, reference, node, 'body-of-function');
        return;
      }
      case 'ClassDeclaration':
      case 'ClassExpression': {
        if (node.type === 'ClassDeclaration' && node.id) declare(scope, node.id.name, 'class');
        const inner: Scope = { parent: scope, isFunction: false, bindings: new Map() };
        if (node.type === 'ClassExpression' && node.id) declare(inner, node.id.name, 'class');
        if (node.superClass) visit(node.superClass, inner, reference, node, 'superClass');
        visit(node.body, inner, reference, node, 'body');
        return;
      }
      case 'VariableDeclaration': {
        const target = node.kind === 'var' ? functionScopeOf(scope) : scope;
        for (const declarator of node.declarations) {
          const requiredApi = node.kind === 'const' ? requiredApiOf(declarator.init) : undefined;
          visit(declarator.id, scope, { kind: 'bind', binding: node.kind === 'using' || node.kind === 'await using' ? 'const' : node.kind, scope: target, requiredApi }, declarator, 'id');
          if (declarator.init) visit(declarator.init, scope, reference, declarator, 'init');
        }
        return;
      }
      case 'CatchClause': {
        const inner: Scope = { parent: scope, isFunction: false, bindings: new Map() };
        if (node.param) visit(node.param, inner, { kind: 'bind', binding: 'catch', scope: inner }, node, 'param');
        visit(node.body, inner, reference, node, 'body');
        return;
      }
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        declare(scope, node.local.name, 'import');
        return;
      case 'BlockStatement':
      case 'StaticBlock': {
        const own = key === 'body-of-function' ? scope : { parent: scope, isFunction: node.type === 'StaticBlock', bindings: new Map() };
        for (const statement of node.body) visit(statement, own, reference, node, 'body');
        return;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'SwitchStatement': {
        const inner: Scope = { parent: scope, isFunction: false, bindings: new Map() };
        for (const [childKey, child] of childrenOf(node)) visit(child, inner, reference, node, childKey);
        return;
      }
      case 'AssignmentPattern': {
        visit(node.left, scope, mode, node, 'left');
        visit(node.right, scope, reference, node, 'right');
        return;
      }
      case 'Property': {
        if (node.computed) visit(node.key, scope, reference, node, 'key');
        visit(node.value, scope, mode, node, 'value');
        return;
      }
      case 'MemberExpression': {
        // Assignment targets such as `[a.b] = x` are references even inside a pattern.
        visit(node.object, scope, reference, node, 'object');
        if (node.computed) visit(node.property, scope, reference, node, 'property');
        return;
      }
      default:
        for (const [childKey, child] of childrenOf(node)) visit(child, scope, patternChild(node.type) ? mode : reference, node, childKey);
    }
  };

  visit(program, root, reference, undefined, 'body-of-function');

  const resolutions = new Map<AnyNode, Resolution>();
  for (const [node, scope] of references) {
    const name = (node as Identifier).name;
    let s: Scope | undefined = scope;
    let found: Binding | undefined;
    while (s && !found) {
      found = s.bindings.get(name);
      s = s.parent;
    }
    resolutions.set(node, found ? { kind: 'declared', binding: found } : { kind: 'global', name });
  }
  return { resolve: (node) => resolutions.get(node) };
}

/** Patterns pass their binding mode on to their elements. */
function patternChild(type: AnyNode['type']): boolean {
  return type === 'ObjectPattern' || type === 'ArrayPattern' || type === 'RestElement';
}

/** Identifiers that name a property, a label or a meta property are not variable references or bindings. */
function isReferencePosition(parent: AnyNode | undefined, key: string): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return !(key === 'property' && !parent.computed);
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return !(key === 'key' && !parent.computed);
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'ExportSpecifier':
    case 'ExportAllDeclaration':
    case 'ImportAttribute':
      return false;
    default:
      return true;
  }
}

/** `require('name')` with a string literal: the API name; otherwise undefined. */
export function requiredApiOf(init: AnyNode | null | undefined): string | undefined {
  if (!init || init.type !== 'CallExpression') return undefined;
  if (init.callee.type !== 'Identifier' || init.callee.name !== 'require') return undefined;
  const [arg] = init.arguments;
  return init.arguments.length === 1 && arg && arg.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}
