/**
 * Instrumentation: sandboxed code is parsed with acorn and rewritten so that every member read, member write,
 * method call and free identifier goes through the runtime helpers (`./members.ts`), which apply GTM's rules by the
 * runtime type of the receiver. Loops and function entries count steps so a run that never ends is stopped.
 * The result is printed with astring and run in a fresh `node:vm` context (`./sandbox.ts`).
 *
 * The dialect validator has already refused what GTM refuses; this pass has its own loud default anyway: a node
 * type it does not know is an error, never a silent pass-through.
 */
import { parse, type Node as AcornNode } from 'acorn';
import { generate } from 'astring';
import { fastGet, fastMethodCall, fastSet, id, lit, tempDeclaration, type AnyNode, type Temps } from './fast-paths.ts';
import { childNodes, functionTypes, indexProgram, isNode } from './ast.ts';
import { planHoisting, type HoistPlan } from './hoist.ts';

/** The one name the rewritten code uses for the runtime helpers; template code may not use the prefix. */
export const runtimeName = '$gtm$';
/** The step counter (scheduler.ts StepCounter) the compiled code counts on, bound around each run (sandbox.ts). */
export const stepsName = runtimeName + 'steps';
/**
 * The holder of the running execution's step counter (scheduler.ts `runningSteps`): declarations made once per
 * loaded template (./hoist.ts) are shared by every execution, so each of their calls counts on the one running.
 */
export const runningStepsName = runtimeName + 'running';

/** What a rewrite needs to know besides the node: the names, and the enclosing function's temporaries. */
interface Scope {
  declared: Set<string>;
  /** Sandboxed functions called directly (see `directlyCallable`). */
  direct: Set<string>;
  /** Inline fast paths on (./fast-paths.ts); off only to test that both ways answer the same. */
  fast: boolean;
  temps: Temps;
}

export interface InstrumentOptions {
  /** Default true. False: every operation through the helpers, as before the fast paths (the differential tests). */
  fastPaths?: boolean;
  /**
   * Default false. True: the declarations ./hoist.ts finds unobservable go to `hoisted`, to be made once per loaded
   * template around the per-execution function (sandbox.ts), with `${runningStepsName}` in scope.
   */
  hoist?: boolean;
  /**
   * With `hoist`: the API names whose `require` gives every execution the same value (shared-require.ts); the
   * constants they initialize are made once too, with `require` in scope where the hoisted code runs (sandbox.ts).
   */
  requiresOnce?: (name: string) => boolean;
}

/**
 * `code`: the body of the function run per execution; `hoisted`: declarations to make once, outside it; `plan`:
 * their names.
 */
export type InstrumentResult = { ok: true; code: string; hoisted: string; plan: HoistPlan } | { ok: false; message: string; offset: number };

/** Node types the sandbox language has; anything else is refused here. */
const knownNodes = new Set([
  'Program', 'ExpressionStatement', 'BlockStatement', 'EmptyStatement', 'ReturnStatement', 'BreakStatement',
  'ContinueStatement', 'IfStatement', 'SwitchStatement', 'SwitchCase', 'WhileStatement', 'DoWhileStatement',
  'ForStatement', 'ForInStatement', 'ForOfStatement', 'FunctionDeclaration', 'VariableDeclaration',
  'VariableDeclarator', 'FunctionExpression', 'ArrowFunctionExpression', 'ArrayExpression', 'ObjectExpression',
  'Property', 'UnaryExpression', 'UpdateExpression', 'BinaryExpression', 'LogicalExpression',
  'ConditionalExpression', 'CallExpression', 'MemberExpression', 'SequenceExpression', 'AssignmentExpression',
  'Identifier', 'Literal',
]);

/**
 * Operators GTM's sandbox does not have (research §1.2: `in`, `instanceof`, `delete`, `void`, `**`, `??` and logical
 * assignment are absent). The bitwise operators `&`, `~`, `>>`, `>>>` appear in GTM's runtime opcode table and are
 * refused by project decision in the dialect validator only, so that decision lives in one place.
 */
const refusedOperators = new Set(['**', 'in', 'instanceof', 'delete', 'void', '**=', '&&=', '||=', '??=', '??']);

const loopTypes = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

class Refusal {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/**
 * Rewrites `code` (a function body) and returns the body of the instrumented function.
 * `globals` are the names the code may use without declaring them (`data`, `require`, the test API).
 */
export function instrument(code: string, globals: readonly string[], options: InstrumentOptions = {}): InstrumentResult {
  let program: AnyNode;
  try {
    program = parse(code, {
      ecmaVersion: 2022,
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    }) as AcornNode as unknown as AnyNode;
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return { ok: false, message: error instanceof Error ? error.message : String(error), offset: pos };
  }
  try {
    const declared = new Set<string>([...globals, 'arguments', 'undefined']);
    collectDeclarations(program, declared);
    const fast = options.fastPaths !== false;
    const scope: Scope = { declared, direct: fast ? directlyCallable(program) : new Set(), fast, temps: { count: 0 } };
    const plan = options.hoist === true ? planHoisting(program, globals, options.requiresOnce) : { functions: new Set<string>(), consts: new Set<string>() };
    const onceScope: Scope = { ...scope, temps: { count: 0 } };
    const hoisted: AnyNode[] = [];
    const rewritten: AnyNode[] = [];
    for (const statement of program.body as AnyNode[]) {
      if (statement.type === 'FunctionDeclaration' && plan.functions.has((statement.id as AnyNode).name as string)) {
        hoisted.push(countingOnRunning(rewrite(statement, onceScope)));
        continue;
      }
      if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
        const all = statement.declarations as AnyNode[];
        const once = all.filter((d) => plan.consts.has((d.id as AnyNode).name as string));
        if (once.length > 0) {
          hoisted.push(rewrite({ ...statement, declarations: once }, onceScope));
          if (once.length < all.length) rewritten.push(rewrite({ ...statement, declarations: all.filter((d) => !once.includes(d)) }, scope));
          continue;
        }
      }
      rewritten.push(rewrite(statement, scope));
    }
    const print = (statements: AnyNode[]): string => statements.map((s) => generate(s as unknown as AcornNode)).join('');
    return { ok: true, code: print([...tempDeclaration(scope.temps), ...rewritten]), hoisted: print([...tempDeclaration(onceScope.temps), ...hoisted]), plan };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

function children(node: AnyNode): [string, AnyNode | AnyNode[]][] {
  const out: [string, AnyNode | AnyNode[]][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) out.push([key, value as AnyNode[]]);
    else if (isNode(value)) out.push([key, value]);
  }
  return out;
}


/** All names declared anywhere in the code (var/let/const, functions, parameters). Scope-blind on purpose: the validator does scoping. */
function collectDeclarations(node: AnyNode, into: Set<string>): void {
  const addPattern = (p: unknown): void => {
    if (isNode(p) && p.type === 'Identifier') into.add(p.name as string);
  };
  if (node.type === 'VariableDeclarator') addPattern(node.id);
  if (functionTypes.has(node.type)) {
    addPattern(node.id);
    (node.params as AnyNode[]).forEach(addPattern);
  }
  for (const [, child] of children(node)) {
    for (const c of Array.isArray(child) ? child : [child]) if (isNode(c)) collectDeclarations(c, into);
  }
}

/**
 * Names a call may reach without `callValue`'s check: declared exactly once in the whole code (scope-blind, so no
 * other binding can shadow it), by a function declaration or a `const` initialised with a function, and never
 * assigned. Calling such a name calls sandboxed code, whose own operations locate their errors; the helper would
 * add nothing but its cost. (A call outside the binding's scope fails the same way both ways: reading the name.)
 */
function directlyCallable(program: AnyNode): Set<string> {
  const { declarations, assigned } = indexProgram(program, []);
  const functions = new Set<string>();
  const visit = (node: AnyNode): void => {
    if (node.type === 'FunctionDeclaration' && isNode(node.id)) functions.add(node.id.name as string);
    if (node.type === 'VariableDeclaration' && node.kind === 'const') {
      for (const d of node.declarations as AnyNode[]) {
        if ((d.id as AnyNode).type === 'Identifier' && isNode(d.init) && functionTypes.has(d.init.type)) functions.add((d.id as AnyNode).name as string);
      }
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(program);
  const direct = new Set<string>();
  for (const name of functions) if (declarations.get(name) === 1 && !assigned.has(name)) direct.add(name);
  return direct;
}

function helper(name: string, args: AnyNode[]): AnyNode {
  return {
    type: 'CallExpression',
    callee: { type: 'MemberExpression', object: id(runtimeName), property: id(name), computed: false, optional: false },
    arguments: args,
    optional: false,
  };
}
/** One step: `if (++$gtm$steps.n >= $gtm$steps.next) $gtm$steps.overflow();` (no call below the limit). */
const tick = (): AnyNode => {
  const field = (name: string): AnyNode => ({ type: 'MemberExpression', object: id(stepsName), property: id(name), computed: false, optional: false });
  return {
    type: 'IfStatement',
    test: { type: 'BinaryExpression', operator: '>=', left: { type: 'UpdateExpression', operator: '++', prefix: true, argument: field('n') }, right: field('next') },
    consequent: { type: 'ExpressionStatement', expression: { type: 'CallExpression', callee: field('overflow'), arguments: [], optional: false } },
    alternate: null,
  };
};

/** A function made once per template counts on the running execution's counter, read at each call. */
function countingOnRunning(fn: AnyNode): AnyNode {
  const body = fn.body as AnyNode;
  const binding: AnyNode = {
    type: 'VariableDeclaration',
    kind: 'const',
    declarations: [{
      type: 'VariableDeclarator',
      id: id(stepsName),
      init: { type: 'MemberExpression', object: id(runningStepsName), property: id('steps'), computed: false, optional: false },
    }],
  };
  return { ...fn, body: { ...body, body: [binding, ...(body.body as AnyNode[])] } };
}

function memberKey(member: AnyNode, scope: Scope): AnyNode {
  const property = member.property as AnyNode;
  if (member.computed) return rewrite(property, scope);
  return lit(property.name as string);
}

function withTick(body: AnyNode): AnyNode {
  if (body.type === 'BlockStatement') return { ...body, body: [tick(), ...(body.body as AnyNode[])] };
  return { type: 'BlockStatement', body: [tick(), body] };
}

function rewrite(node: AnyNode, scope: Scope): AnyNode {
  const declared = scope.declared;
  const at = node.start ?? 0;
  if (!knownNodes.has(node.type)) throw new Refusal(`${node.type} is not supported in sandboxed JavaScript`, at);
  const operator = node.operator;
  if (typeof operator === 'string' && refusedOperators.has(operator)) {
    throw new Refusal(`operator "${operator}" is not supported in sandboxed JavaScript`, at);
  }
  const r = (n: unknown): AnyNode => rewrite(n as AnyNode, scope);

  switch (node.type) {
    case 'Literal':
      if (node.regex !== undefined) throw new Refusal('regular expression literals are not supported in sandboxed JavaScript', at);
      if (typeof node.value === 'bigint') throw new Refusal('BigInt literals are not supported in sandboxed JavaScript', at);
      return node;
    case 'Identifier': {
      const name = node.name as string;
      if (name.startsWith(runtimeName)) throw new Refusal(`the name "${name}" is reserved by the test runner`, at);
      return declared.has(name) ? node : helper('global', [lit(name), lit(at)]);
    }
    case 'MemberExpression':
      if (node.optional) throw new Refusal('optional chaining is not supported in sandboxed JavaScript', at);
      if (scope.fast) {
        return fastGet(r(node.object), memberKey(node, scope), node.computed === true, scope.temps, (t, k) => helper('get', [t, k, lit(at)]));
      }
      return helper('get', [r(node.object), memberKey(node, scope), lit(at)]);
    case 'CallExpression': {
      if (node.optional) throw new Refusal('optional chaining is not supported in sandboxed JavaScript', at);
      const args = (node.arguments as AnyNode[]).map(r);
      const callee = node.callee as AnyNode;
      // Up to 2 (method) or 3 (function) arguments go as the helper's own parameters, in the same evaluation order
      // (no array per call); more go as one array. (A spread was refused when the arguments were rewritten.)
      if (callee.type === 'MemberExpression') {
        const receiver = r(callee.object);
        const key = memberKey(callee, scope);
        const viaHelper = (t: AnyNode, a: AnyNode[]): AnyNode => a.length <= 2
          ? helper(`call${a.length}`, [t, key, ...a, lit(at)])
          : helper('call', [t, key, { type: 'ArrayExpression', elements: a }, lit(at)]);
        if (scope.fast && callee.computed !== true && args.length <= 3) {
          const fast = fastMethodCall(receiver, key.value as string, args, node.arguments as AnyNode[], scope.temps, viaHelper);
          if (fast !== undefined) return fast;
        }
        return viaHelper(receiver, args);
      }
      const fn = r(callee);
      if (callee.type === 'Identifier' && scope.direct.has(callee.name as string)) return { ...node, callee: fn, arguments: args };
      if (args.length <= 3) return helper(`callValue${args.length}`, [fn, ...args, lit(at)]);
      return helper('callValue', [fn, { type: 'ArrayExpression', elements: args }, lit(at)]);
    }
    case 'AssignmentExpression': {
      const left = node.left as AnyNode;
      if (left.type === 'MemberExpression') {
        const args = [r(left.object), memberKey(left, scope), r(node.right)];
        if (scope.fast && node.operator === '=') {
          const fast = fastSet(args[0] as AnyNode, args[1] as AnyNode, args[2] as AnyNode, left.computed === true, scope.temps, (t, k, v) => helper('set', [t, k, v, lit(at)]));
          if (fast !== undefined) return fast;
        }
        return node.operator === '='
          ? helper('set', [...args, lit(at)])
          : helper('update', [args[0] as AnyNode, args[1] as AnyNode, lit(operator as string), args[2] as AnyNode, lit(at)]);
      }
      if (left.type !== 'Identifier') throw new Refusal('destructuring assignment is not supported in sandboxed JavaScript', at);
      return { ...node, right: r(node.right) };
    }
    case 'UpdateExpression': {
      const argument = node.argument as AnyNode;
      if (argument.type === 'MemberExpression') {
        return helper('increment', [r(argument.object), memberKey(argument, scope), lit(operator === '++' ? 1 : -1), lit(node.prefix === true), lit(at)]);
      }
      return node;
    }
    case 'UnaryExpression': {
      const argument = node.argument as AnyNode;
      // `typeof undeclared` is 'undefined' in JavaScript, not a ReferenceError.
      if (operator === 'typeof' && argument.type === 'Identifier' && !declared.has(argument.name as string)) return lit('undefined');
      return { ...node, argument: r(argument) };
    }
    case 'Property':
      if (node.kind !== 'init' || node.method === true) throw new Refusal('getters, setters and methods in object literals are not supported in sandboxed JavaScript', at);
      if (node.computed) throw new Refusal('computed property names are not supported in sandboxed JavaScript', at);
      return { ...node, shorthand: false, value: r(node.value) };
    case 'VariableDeclarator': {
      if ((node.id as AnyNode).type !== 'Identifier') throw new Refusal('destructuring is not supported in sandboxed JavaScript', at);
      return { ...node, init: node.init === null || node.init === undefined ? null : r(node.init) };
    }
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression': {
      if (node.async === true || node.generator === true) throw new Refusal('async functions and generators are not supported in sandboxed JavaScript', at);
      for (const p of node.params as AnyNode[]) {
        if (p.type !== 'Identifier') throw new Refusal('default, rest and destructured parameters are not supported in sandboxed JavaScript', at);
      }
      const body = node.body as AnyNode;
      // Each function has its own temporaries for the fast paths: a recursive or nested call never shares them.
      const inner: Scope = { ...scope, temps: { count: 0 } };
      if (body.type !== 'BlockStatement') {
        const value = rewrite(body, inner);
        return { ...node, expression: false, body: { type: 'BlockStatement', body: [tick(), ...tempDeclaration(inner.temps), { type: 'ReturnStatement', argument: value }] } };
      }
      const rewritten = withTick(rewriteChildren(body, inner));
      return { ...node, body: { ...rewritten, body: [...tempDeclaration(inner.temps), ...(rewritten.body as AnyNode[])] } };
    }
    case 'BreakStatement':
    case 'ContinueStatement':
      if (node.label) throw new Refusal('labels are not supported in sandboxed JavaScript', at);
      return node;
    case 'ForInStatement':
    case 'ForOfStatement': {
      const left = node.left as AnyNode;
      if (left.type !== 'VariableDeclaration' && left.type !== 'Identifier') {
        throw new Refusal(`${node.type === 'ForInStatement' ? 'for…in' : 'for…of'} must assign to a variable in sandboxed JavaScript`, at);
      }
      if (node.await === true) throw new Refusal('for await is not supported in sandboxed JavaScript', at);
      return { ...node, right: r(node.right), body: withTick(r(node.body)) };
    }
    default: {
      const out = rewriteChildren(node, scope);
      if (loopTypes.has(node.type)) return { ...out, body: withTick(out.body as AnyNode) };
      return out;
    }
  }
}

function rewriteChildren(node: AnyNode, scope: Scope): AnyNode {
  const out: AnyNode = { ...node };
  for (const [key, child] of children(node)) {
    out[key] = Array.isArray(child) ? child.map((c) => (isNode(c) ? rewrite(c, scope) : c)) : rewrite(child, scope);
  }
  return out;
}
