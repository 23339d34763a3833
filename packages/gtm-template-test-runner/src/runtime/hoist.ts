/**
 * Which top-level declarations of a template may be made once per loaded template instead of at every execution.
 *
 * GTM runs a template's top level at every execution (every request of a server client), so every function and
 * every table literal of it is made again each time, and V8 runs code made that way slower than code it keeps
 * (measured on our client's consent work: 4.4 against 6.9 us per hit, plus 2.8 us to make the functions). A host
 * that runs one compiled template many times (execute.ts) may make a declaration once only where no execution can
 * tell the difference:
 *
 * - a **function** declared once at the top level, never assigned, and only ever called by its name (never passed,
 *   stored or returned, so its identity cannot be compared or kept), whose free names are all themselves hoisted;
 * - a **constant** declared with `const` at the top level, before any statement that runs template code (only
 *   function declarations, declarations with literal initializers and `require('…')` come before it, so no code
 *   could have read it before its initialisation), whose initializer is a literal expression: a primitive, or a
 *   table (array and object literals of primitives) that no code can change or let out: every use reads it down
 *   to primitives (`T.x.length`, `T[i - 1]`, `T.indexOf(v)`, `for (const p of T) … p.name`), possibly through a
 *   `const` alias or a parameter of a function it is passed to, and never writes, passes on or keeps an object of
 *   it anywhere else;
 * - a **constant** of that prefix initialized by `require('name')`, when the host's `require` gives every
 *   execution the same value for that name (`requiresOnce`, shared-require.ts): an API no execution can change.
 *
 * Names are resolved without scopes, so only names declared exactly once in the whole code are considered: no
 * other binding can shadow them. Anything the analysis cannot prove stays per execution, as GTM runs it.
 */
import { childNodes, functionTypes, indexProgram, isNode, isReference, type Index } from './ast.ts';
import type { AnyNode } from './fast-paths.ts';

export interface HoistPlan {
  /** Top-level function declarations made once per loaded template. */
  functions: Set<string>;
  /** Top-level `const` declarators made once per loaded template. */
  consts: Set<string>;
}

/** What a table literal holds, as far as reads can tell: a primitive, an array or an object of such. */
type Shape = { kind: 'prim' } | { kind: 'array'; elements: Shape[] } | { kind: 'object'; props: Map<string, Shape> };
/** A read that may give a built-in method bound to its receiver (`T['push']`): safe only where it is consumed. */
type ReadResult = Shape | { kind: 'method' };

const PRIM: Shape = { kind: 'prim' };
/** Array methods that neither change the array nor hand out its elements other than as primitives. */
const readingArrayMethods = new Set(['indexOf', 'lastIndexOf']);
/** ... and those that copy or join the elements: safe when every element is a primitive. */
const copyingArrayMethods = new Set(['join', 'slice', 'concat', 'toString']);
const objectMethods = new Set(['toString', 'hasOwnProperty']);
const numericOperators = new Set(['-', '*', '/', '%', '<<', '>>', '>>>', '&', '|', '^']);

/** Names bound by the top level (outside every function): what a hoisted declaration must not refer to unless hoisted too. */
function topLevelNames(program: AnyNode, globals: readonly string[]): Set<string> {
  const names = new Set<string>(globals);
  const visit = (node: AnyNode): void => {
    if (node.type === 'VariableDeclarator' && (node.id as AnyNode).type === 'Identifier') names.add((node.id as AnyNode).name as string);
    if (node.type === 'FunctionDeclaration' && isNode(node.id)) names.add(node.id.name as string);
    if (functionTypes.has(node.type)) return;
    for (const child of childNodes(node)) visit(child);
  };
  for (const statement of program.body as AnyNode[]) visit(statement);
  return names;
}

/** References to names inside `node` (a function), by name. */
function namesUsedIn(node: AnyNode, index: Index): Set<string> {
  const used = new Set<string>();
  const visit = (n: AnyNode): void => {
    if (n.type === 'Identifier' && isReference(n, index.parent.get(n))) used.add(n.name as string);
    for (const child of childNodes(n)) visit(child);
  };
  visit(node);
  return used;
}

/**
 * The shape of a literal initializer, or undefined when it is not one. `primitiveConsts` are the names an
 * initializer may use (earlier constants with primitive values; a table may not name another table, which would
 * share it); the names it uses are added to `uses`.
 */
function literalShape(node: AnyNode, primitiveConsts: ReadonlySet<string>, uses: Set<string>): Shape | undefined {
  switch (node.type) {
    case 'Literal':
      return node.regex === undefined && typeof node.value !== 'bigint' ? PRIM : undefined;
    case 'Identifier':
      if (node.name === 'undefined') return PRIM;
      if (!primitiveConsts.has(node.name as string)) return undefined;
      uses.add(node.name as string);
      return PRIM;
    case 'UnaryExpression':
      return literalShape(node.argument as AnyNode, primitiveConsts, uses) === PRIM ? PRIM : undefined;
    case 'BinaryExpression':
    case 'LogicalExpression':
      return literalShape(node.left as AnyNode, primitiveConsts, uses) === PRIM && literalShape(node.right as AnyNode, primitiveConsts, uses) === PRIM ? PRIM : undefined;
    case 'ConditionalExpression':
      return [node.test, node.consequent, node.alternate].every((n) => literalShape(n as AnyNode, primitiveConsts, uses) === PRIM) ? PRIM : undefined;
    case 'ArrayExpression': {
      const elements: Shape[] = [];
      for (const element of node.elements as (AnyNode | null)[]) {
        if (element === null || element.type === 'SpreadElement') return undefined;
        const shape = literalShape(element, primitiveConsts, uses);
        if (shape === undefined) return undefined;
        elements.push(shape);
      }
      return { kind: 'array', elements };
    }
    case 'ObjectExpression': {
      const props = new Map<string, Shape>();
      for (const property of node.properties as AnyNode[]) {
        if (property.type !== 'Property' || property.kind !== 'init' || property.method === true || property.computed === true) return undefined;
        const key = property.key as AnyNode;
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        if (name === '__proto__') return undefined;
        const shape = literalShape(property.value as AnyNode, primitiveConsts, uses);
        if (shape === undefined) return undefined;
        props.set(name, shape);
      }
      return { kind: 'object', props };
    }
    default:
      return undefined;
  }
}

/** A statement that runs no template code: a function declaration, or declarations of literals and `require('…')`s. */
function runsNoCode(statement: AnyNode): boolean {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'EmptyStatement') return true;
  if (statement.type !== 'VariableDeclaration') return false;
  return (statement.declarations as AnyNode[]).every((d) => {
    const init = d.init as AnyNode | null | undefined;
    if (!isNode(init)) return true;
    if (isRequire(init)) return true;
    return usesOnlyNames(init);
  });
}

/** A literal expression that may name other constants (their initialisation ran earlier in the prefix). */
function usesOnlyNames(node: AnyNode): boolean {
  if (node.type === 'Identifier') return true;
  if (node.type === 'Literal') return node.regex === undefined;
  if (['UnaryExpression', 'BinaryExpression', 'LogicalExpression', 'ConditionalExpression', 'ArrayExpression', 'ObjectExpression', 'Property'].includes(node.type)) {
    if (node.type === 'Property' && (node.computed === true || node.kind !== 'init' || node.method === true)) return false;
    return childNodes(node).every((child) => (node.type === 'Property' && child === node.key) || usesOnlyNames(child));
  }
  return false;
}

function isRequire(node: AnyNode): boolean {
  const callee = node.callee as AnyNode | undefined;
  const args = node.arguments as AnyNode[] | undefined;
  return node.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'require' && args?.length === 1 && args[0]?.type === 'Literal';
}

/**
 * The identifiers of `name` in `scope`: those declaring it (a declarator's or a function's name, a parameter) and
 * those referring to it. Without scopes: one declaration means every reference in `scope` is to it.
 */
function occurrences(scope: AnyNode, name: string, index: Index): { declarations: AnyNode[]; references: AnyNode[] } {
  const declarations: AnyNode[] = [];
  const references: AnyNode[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'Identifier' && node.name === name) {
      const parent = index.parent.get(node);
      if (isReference(node, parent)) references.push(node);
      else if (parent?.type === 'VariableDeclarator' || (parent !== undefined && functionTypes.has(parent.type))) declarations.push(node);
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(scope);
  return { declarations, references };
}

/** `node` always evaluates to a number (so, as a key, never names a method). */
function isNumeric(node: AnyNode, index: Index, depth = 0): boolean {
  if (node.type === 'Literal') return typeof node.value === 'number';
  if (node.type === 'BinaryExpression') return numericOperators.has(node.operator as string);
  if (node.type === 'UnaryExpression') return node.operator === '-' || node.operator === '+' || node.operator === '~';
  if (node.type === 'Identifier') return depth < 4 && isNumericVariable(node, index, depth + 1);
  return node.type === 'UpdateExpression';
}

/**
 * A variable (a loop counter) that only ever holds numbers: declared once in the function around the reference,
 * with a numeric initializer, the reference inside its scope, and only numbers ever assigned to it there.
 */
function isNumericVariable(ref: AnyNode, index: Index, depth: number): boolean {
  const name = ref.name as string;
  let fn = index.parent.get(ref);
  while (fn !== undefined && !functionTypes.has(fn.type) && fn.type !== 'Program') fn = index.parent.get(fn);
  if (fn === undefined) return false;
  const { declarations } = occurrences(fn, name, index);
  const declaration = declarations.length === 1 ? declarations[0] as AnyNode : undefined;
  const declarator = declaration === undefined ? undefined : index.parent.get(declaration);
  if (declarator?.type !== 'VariableDeclarator' || !isNode(declarator.init) || !isNumeric(declarator.init, index, depth)) return false;
  const scope = scopeOf(declaration as AnyNode, index);
  let inside = false;
  for (let n: AnyNode | undefined = ref; n !== undefined && !inside; n = index.parent.get(n)) inside = n === scope;
  if (scope === undefined || !inside) return false;
  let numeric = true;
  const writes = (node: AnyNode): void => {
    if (node.type === 'AssignmentExpression' && (node.left as AnyNode).type === 'Identifier' && (node.left as AnyNode).name === name) {
      const operator = node.operator as string;
      if (!(operator === '=' || operator === '+=' || numericOperators.has(operator.slice(0, -1))) || !isNumeric(node.right as AnyNode, index, depth)) numeric = false;
    }
    if ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && (node.left as AnyNode).type === 'Identifier' && (node.left as AnyNode).name === name) numeric = false;
    for (const child of childNodes(node)) writes(child);
  };
  writes(scope);
  return numeric;
}

/** A position that uses a value without keeping it: an operand, a condition. */
function consumes(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (parent === undefined) return false;
  switch (parent.type) {
    case 'BinaryExpression':
    case 'UnaryExpression':
      return true;
    case 'IfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'ForStatement':
    case 'ConditionalExpression':
      return parent.test === node;
    case 'SwitchStatement':
      return parent.discriminant === node;
    case 'SwitchCase':
      return parent.test === node;
    case 'ExpressionStatement':
      return true;
    default:
      return false;
  }
}

function isWriteTarget(member: AnyNode, parent: AnyNode | undefined): boolean {
  if (parent === undefined) return false;
  if (parent.type === 'AssignmentExpression' && parent.left === member) return true;
  if (parent.type === 'UpdateExpression') return true;
  if ((parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && parent.left === member) return true;
  return parent.type === 'UnaryExpression' && parent.operator === 'delete';
}

function read(shape: Shape, key: { name?: string; numeric: boolean }): ReadResult[] {
  if (shape.kind === 'prim') return [PRIM];
  if (shape.kind === 'array') {
    if (key.name === 'length') return [PRIM];
    if (key.name !== undefined) {
      const n = Number(key.name);
      if (String(n) === key.name && Number.isInteger(n) && n >= 0) return [shape.elements[n] ?? PRIM];
      return [{ kind: 'method' }];
    }
    return key.numeric ? [...shape.elements, PRIM] : [...shape.elements, PRIM, { kind: 'method' }];
  }
  if (key.name !== undefined) return [shape.props.get(key.name) ?? (objectMethods.has(key.name) ? { kind: 'method' } : PRIM)];
  return [...shape.props.values(), PRIM, { kind: 'method' }];
}

/** The node a declaration's name is visible in: its block (`let`/`const`), its function (`var`, parameters). */
function scopeOf(declaration: AnyNode, index: Index): AnyNode | undefined {
  const parent = index.parent.get(declaration);
  if (parent === undefined) return undefined;
  if (functionTypes.has(parent.type) && (parent.params as AnyNode[]).includes(declaration)) return parent;
  if (parent.type !== 'VariableDeclarator') return undefined;
  const statement = index.parent.get(parent);
  if (statement === undefined) return undefined;
  let around = index.parent.get(statement);
  if (statement.kind !== 'var') return around?.type === 'SwitchCase' ? index.parent.get(around) : around;
  while (around !== undefined && !functionTypes.has(around.type) && around.type !== 'Program') around = index.parent.get(around);
  return around;
}

/** Checks that tables are only ever read down to primitives (see the file's comment). */
class ReadOnlyCheck {
  /** Bindings and functions (by their declaring identifier) checked or being checked against a shape. */
  private readonly checked = new Map<AnyNode, Set<Shape>>();

  constructor(
    private readonly index: Index,
    private readonly functions: Map<string, AnyNode>,
    private readonly usesArguments: Set<string>,
  ) {}

  /**
   * Every reference of the binding `declaration` declares only reads a value of one of `shapes`. The binding's
   * references are the identifiers of its name in its scope, which must declare the name nowhere else (no shadowing).
   */
  binding(declaration: AnyNode, shapes: Shape[]): boolean {
    const scope = scopeOf(declaration, this.index);
    if (scope === undefined) return false;
    const fresh = this.unchecked(declaration, shapes);
    if (fresh.length === 0) return true;
    const { declarations, references } = occurrences(scope, declaration.name as string, this.index);
    return declarations.length === 1 && references.every((ref) => this.value(ref, fresh));
  }

  /** The shapes not yet checked for `key` (a binding's or a function's name), now marked: a cycle is fine. */
  private unchecked(key: AnyNode, shapes: Shape[]): Shape[] {
    let seen = this.checked.get(key);
    if (seen === undefined) this.checked.set(key, (seen = new Set()));
    const fresh = shapes.filter((s) => !seen.has(s));
    for (const s of fresh) seen.add(s);
    return fresh;
  }

  /** `node` evaluates to a value of one of `shapes` (or something else not from a table); it only reads it. */
  value(node: AnyNode, shapes: Shape[]): boolean {
    const objects = shapes.filter((s) => s.kind !== 'prim');
    if (objects.length === 0) return true;
    const parent = this.index.parent.get(node);
    if (parent === undefined) return false;
    if (parent.type === 'MemberExpression' && parent.object === node) return this.member(parent, objects);
    if (parent.type === 'ForInStatement' && parent.right === node) return true;
    if (parent.type === 'ForOfStatement' && parent.right === node) {
      const elements = objects.flatMap((s) => (s.kind === 'array' ? s.elements : []));
      if (elements.every((s) => s.kind === 'prim')) return true;
      const left = parent.left as AnyNode;
      if (left.type !== 'VariableDeclaration') return false;
      const target = (left.declarations as AnyNode[])[0]?.id as AnyNode | undefined;
      return target?.type === 'Identifier' && this.binding(target, elements);
    }
    if (parent.type === 'VariableDeclarator' && parent.init === node && (parent.id as AnyNode).type === 'Identifier') {
      return this.binding(parent.id as AnyNode, objects);
    }
    if (parent.type === 'CallExpression' && parent.callee !== node) return this.argument(parent, (parent.arguments as AnyNode[]).indexOf(node), objects);
    // Passed on as the value of a larger expression, or returned to the callers of a function called by name.
    if ((parent.type === 'ConditionalExpression' && parent.test !== node) || parent.type === 'LogicalExpression') return this.value(parent, objects);
    if (parent.type === 'ReturnStatement') return this.returned(parent, objects);
    return consumes(node, parent);
  }

  /** Returned by a top-level function that is only ever called by name: each call's value is checked. */
  private returned(statement: AnyNode, objects: Shape[]): boolean {
    let fn = this.index.parent.get(statement);
    while (fn !== undefined && !functionTypes.has(fn.type)) fn = this.index.parent.get(fn);
    if (fn === undefined || fn.type !== 'FunctionDeclaration' || !isNode(fn.id)) return false;
    const name = fn.id.name as string;
    if (this.functions.get(name) !== fn) return false;
    const fresh = this.unchecked(fn.id as AnyNode, objects);
    if (fresh.length === 0) return true;
    return (this.index.references.get(name) ?? []).every((ref) => {
      const call = this.index.parent.get(ref);
      return call?.type === 'CallExpression' && call.callee === ref && this.value(call, fresh);
    });
  }

  private member(member: AnyNode, objects: Shape[]): boolean {
    const parent = this.index.parent.get(member);
    if (isWriteTarget(member, parent)) return false;
    const property = member.property as AnyNode;
    const key = member.computed !== true
      ? { name: property.name as string, numeric: false }
      : property.type === 'Literal' ? { name: String(property.value), numeric: typeof property.value === 'number' } : { numeric: isNumeric(property, this.index) };
    if (parent?.type === 'CallExpression' && parent.callee === member) {
      // A method call on the table: only the reading ones, by name.
      if (key.name === undefined) return false;
      const name = key.name;
      return objects.every((s) => {
        if (s.kind === 'array') return readingArrayMethods.has(name) || (copyingArrayMethods.has(name) && s.elements.every((e) => e.kind === 'prim'));
        return s.kind === 'object' && objectMethods.has(name) && !s.props.has(name);
      });
    }
    const results = objects.flatMap((s) => read(s, key));
    if (results.some((r) => r.kind === 'method')) return consumes(member, parent);
    return this.value(member, results as Shape[]);
  }

  /** Passed as argument `position` to a function called by its name: that parameter is checked in its stead. */
  private argument(call: AnyNode, position: number, objects: Shape[]): boolean {
    const callee = call.callee as AnyNode;
    if (callee.type !== 'Identifier') return false;
    const fn = this.functions.get(callee.name as string);
    if (fn === undefined || this.usesArguments.has(callee.name as string)) return false;
    const parameter = (fn.params as AnyNode[])[position];
    return parameter !== undefined && parameter.type === 'Identifier' && this.binding(parameter, objects);
  }
}

/**
 * `requiresOnce`: for a host whose `require` gives the same value at every execution (shared-require.ts), which
 * API names it can give before any execution; the constants `require('name')` initializes with those are made
 * once, and with them the functions that call those APIs. Without it, every `require` stays per execution.
 */
export function planHoisting(program: AnyNode, globals: readonly string[], requiresOnce?: (name: string) => boolean): HoistPlan {
  const index = indexProgram(program, globals);
  const topLevel = topLevelNames(program, globals);
  const once = (name: string): boolean => index.declarations.get(name) === 1 && !index.assigned.has(name);

  // Functions declared once at the top level, with what each refers to.
  const functions = new Map<string, AnyNode>();
  const usesArguments = new Set<string>();
  for (const statement of program.body as AnyNode[]) {
    if (statement.type !== 'FunctionDeclaration' || !isNode(statement.id)) continue;
    const name = statement.id.name as string;
    if (!once(name)) continue;
    functions.set(name, statement);
    if (namesUsedIn(statement, index).has('arguments')) usesArguments.add(name);
  }

  // Constants of the prefix that runs no code, with their shapes and the constants their initializers name.
  const consts = new Map<string, { shape: Shape; uses: Set<string>; declaration: AnyNode }>();
  const primitiveConsts = new Set<string>();
  // Names the prefix reads before their declaration: reading one throws there (not yet initialised), so it stays.
  const readEarly = new Set<string>();
  for (const statement of program.body as AnyNode[]) {
    if (!runsNoCode(statement)) break;
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations as AnyNode[]) {
      const target = d.id as AnyNode;
      const init = d.init as AnyNode | null | undefined;
      if (isNode(init)) for (const name of namesUsedIn(init, index)) readEarly.add(name);
      if (statement.kind !== 'const' || target.type !== 'Identifier' || !isNode(init) || !once(target.name as string) || readEarly.has(target.name as string)) continue;
      if (isRequire(init)) {
        // An API: no execution can change it or tell its copies apart (shared-require.ts), so any use is fine.
        // Only the template's own global `require` gives APIs: a template may declare a function of that name.
        const argument = (init.arguments as AnyNode[])[0];
        const apiName = argument === undefined ? undefined : argument.value;
        if (requiresOnce !== undefined && once('require') && typeof apiName === 'string' && requiresOnce(apiName)) {
          consts.set(target.name as string, { shape: PRIM, uses: new Set(), declaration: target });
        }
        continue;
      }
      const uses = new Set<string>();
      const shape = literalShape(init, primitiveConsts, uses);
      if (shape === undefined) continue;
      const name = target.name as string;
      consts.set(name, { shape, uses, declaration: target });
      if (shape.kind === 'prim') primitiveConsts.add(name);
    }
  }

  const check = new ReadOnlyCheck(index, functions, usesArguments);
  const hoistedConsts = new Set<string>();
  for (const [name, { shape, declaration }] of consts) if (shape.kind === 'prim' || check.binding(declaration, [shape])) hoistedConsts.add(name);

  // Functions only called by name: their identity can never be compared or kept.
  const hoistedFunctions = new Set<string>();
  const functionUses = new Map<string, Set<string>>();
  for (const [name, fn] of functions) {
    const onlyCalled = (index.references.get(name) ?? []).every((ref) => {
      const parent = index.parent.get(ref);
      return parent?.type === 'CallExpression' && parent.callee === ref;
    });
    if (!onlyCalled) continue;
    hoistedFunctions.add(name);
    functionUses.set(name, new Set([...namesUsedIn(fn, index)].filter((n) => topLevel.has(n) && n !== name)));
  }

  // Everything a hoisted declaration names at the top level must be hoisted too: remove until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const name of hoistedConsts) {
      if ([...(consts.get(name)?.uses ?? [])].every((u) => hoistedConsts.has(u))) continue;
      hoistedConsts.delete(name);
      changed = true;
    }
    for (const name of hoistedFunctions) {
      if ([...(functionUses.get(name) ?? [])].every((u) => hoistedFunctions.has(u) || hoistedConsts.has(u))) continue;
      hoistedFunctions.delete(name);
      changed = true;
    }
  }
  return { functions: hoistedFunctions, consts: hoistedConsts };
}
