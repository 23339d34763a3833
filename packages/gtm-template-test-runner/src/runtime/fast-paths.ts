/**
 * Inline fast paths for the instrumented code (./instrument.ts). Every member read, write and built-in method call
 * of sandboxed code goes through a runtime helper (./members.ts) that decides by the receiver's runtime type. Those
 * helpers are shared by every site of every template, so V8 sees all receiver shapes at one place and their
 * property accesses go megamorphic: the emulation spent most of a request's CPU there. Here each site gets its
 * own test for the commonest case (an own property of a plain object, an element, a whitelisted String/Array
 * method with plain arguments) and reads or calls directly, with a site-local inline cache; anything else falls
 * to the same helper as before. A fast path answers only where the helper would answer the same (the tests run
 * every case both ways: test/runtime/fast-paths.test.ts); every error still comes from the helper, so its text
 * and location are unchanged.
 *
 * Each site keeps its operands in temporaries of the enclosing function (`$gtm$t<n>`, declared at its top): one per
 * operand per site, so nested sites and recursion never share one.
 */
import { arrayMethods, stringMethods } from './members.ts';

export interface AnyNode {
  type: string;
  start?: number;
  [key: string]: unknown;
}

/** The enclosing function's temporaries. */
export interface Temps {
  count: number;
}

/** Names the instrumented code binds once per compiled template (sandbox.ts declares them around the code). */
export const fastNames = { own: '$gtm$own', isArray: '$gtm$isArray', extensible: '$gtm$extensible' } as const;

/** Array methods that call their first argument back. */
const callbackMethods = new Set(['every', 'filter', 'forEach', 'map', 'reduce', 'reduceRight', 'some', 'sort']);
const stringMethodSet = new Set(stringMethods);
const arrayMethodSet = new Set(arrayMethods);
/**
 * Names a plain object inherits (Object.prototype's own properties, as this realm has them when the runtime loads;
 * a fresh vm context has the standard ones). Sandboxed objects inherit from a realm's Object.prototype or from
 * nothing (members.ts setMember; regex handles have no prototype), so a static name outside this set reads the
 * same from the object itself as through its prototype chain: undefined when it is not an own property, which is
 * what the helper answers. Only these names need the own-property test (a sandboxed `o.toString` is not the
 * inherited function unless `o` has its own).
 */
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Largest array index + 1 (2^32 - 1): not an index. */
const NOT_AN_INDEX = 4294967295;

export const id = (name: string): AnyNode => ({ type: 'Identifier', name });
export const lit = (value: string | number | boolean): AnyNode => ({ type: 'Literal', value });
const nullLiteral = (): AnyNode => ({ type: 'Literal', value: null, raw: 'null' });
const unary = (operator: string, argument: AnyNode): AnyNode => ({ type: 'UnaryExpression', operator, prefix: true, argument });
const binary = (operator: string, left: AnyNode, right: AnyNode): AnyNode => ({ type: 'BinaryExpression', operator, left, right });
const logical = (operator: '&&' | '||', parts: AnyNode[]): AnyNode =>
  parts.reduce((left, right) => ({ type: 'LogicalExpression', operator, left, right }));
const and = (...parts: AnyNode[]): AnyNode => logical('&&', parts);
const or = (...parts: AnyNode[]): AnyNode => logical('||', parts);
const conditional = (test: AnyNode, consequent: AnyNode, alternate: AnyNode): AnyNode => ({ type: 'ConditionalExpression', test, consequent, alternate });
const assign = (left: AnyNode, right: AnyNode): AnyNode => ({ type: 'AssignmentExpression', operator: '=', left, right });
const sequence = (expressions: AnyNode[]): AnyNode => ({ type: 'SequenceExpression', expressions });
const call = (callee: AnyNode, args: AnyNode[]): AnyNode => ({ type: 'CallExpression', callee, arguments: args, optional: false });
const named = (object: AnyNode, name: string): AnyNode => ({ type: 'MemberExpression', object, property: id(name), computed: false, optional: false });
const keyed = (object: AnyNode, key: AnyNode): AnyNode => ({ type: 'MemberExpression', object, property: key, computed: true, optional: false });
const typeIs = (value: AnyNode, type: string): AnyNode => binary('===', unary('typeof', value), lit(type));
const typeIsNot = (value: AnyNode, type: string): AnyNode => binary('!==', unary('typeof', value), lit(type));

function temp(temps: Temps): AnyNode {
  const name = `$gtm$t${temps.count}`;
  temps.count += 1;
  return id(name);
}

/** `let $gtm$t0, …;` for a function that used `count` temporaries, or nothing. */
export function tempDeclaration(temps: Temps): AnyNode[] {
  if (temps.count === 0) return [];
  const declarations = [];
  for (let i = 0; i < temps.count; i += 1) declarations.push({ type: 'VariableDeclarator', id: id(`$gtm$t${i}`), init: null });
  return [{ type: 'VariableDeclaration', kind: 'let', declarations }];
}

const isArray = (t: AnyNode): AnyNode => call(id(fastNames.isArray), [t]);
/** A plain object of either realm as the helper sees one: an object, not null, not an array. */
const isObject = (t: AnyNode): AnyNode => and(typeIs(t, 'object'), binary('!==', t, nullLiteral()), unary('!', isArray(t)));
const own = (t: AnyNode, key: AnyNode): AnyNode => call(id(fastNames.own), [t, key]);
/** An integer element index of a string or array (what getMember's number path accepts). */
const isIndexNumber = (k: AnyNode): AnyNode => and(typeIs(k, 'number'), binary('===', binary('>>>', k, lit(0)), k), binary('!==', k, lit(NOT_AN_INDEX)));

/** `object.name` / `object[key]`: `fallback(t, k)` is the helper call on the temporaries. */
export function fastGet(object: AnyNode, key: AnyNode, computed: boolean, temps: Temps, fallback: (t: AnyNode, k: AnyNode) => AnyNode): AnyNode {
  const t = temp(temps);
  if (!computed) {
    const name = key.value as string;
    if (name === 'length') {
      return sequence([assign(t, object), conditional(or(typeIs(t, 'string'), isArray(t)), named(t, 'length'), fallback(t, key))]);
    }
    // Outside the inherited names the own-property test answers nothing the read itself does not (see above).
    const plainRead = inheritedNames.has(name) ? and(isObject(t), own(t, key)) : isObject(t);
    return sequence([assign(t, object), conditional(plainRead, named(t, name), fallback(t, key))]);
  }
  const k = temp(temps);
  return sequence([
    assign(t, object),
    assign(k, key),
    conditional(
      and(isIndexNumber(k), or(typeIs(t, 'string'), isArray(t))),
      keyed(t, k),
      conditional(and(typeIs(k, 'string'), isObject(t), own(t, k)), keyed(t, k), fallback(t, k)),
    ),
  ]);
}

/** `object.name = value` / `object[key] = value`. */
export function fastSet(object: AnyNode, key: AnyNode, value: AnyNode, computed: boolean, temps: Temps, fallback: (t: AnyNode, k: AnyNode, v: AnyNode) => AnyNode): AnyNode | undefined {
  if (!computed && key.value === '__proto__') return undefined;
  const t = temp(temps);
  const v = temp(temps);
  const extensible = call(id(fastNames.extensible), [t]);
  if (!computed) {
    const name = key.value as string;
    return sequence([assign(t, object), assign(v, value), conditional(and(isObject(t), extensible), assign(named(t, name), v), fallback(t, key, v))]);
  }
  const k = temp(temps);
  // A name for an object: a string other than "__proto__" that does not start with a digit. Numbers and digit
  // keys ("730") take the helper, which keeps an object's index keys in a dictionary (setMember).
  const notDigitLed = binary('>', binary('>>>', binary('-', call(named(k, 'charCodeAt'), [lit(0)]), lit(48)), lit(0)), lit(9));
  const objectKey = and(typeIs(k, 'string'), binary('!==', k, lit('__proto__')), notDigitLed);
  return sequence([
    assign(t, object),
    assign(k, key),
    assign(v, value),
    conditional(
      and(or(and(objectKey, isObject(t)), and(isIndexNumber(k), isArray(t))), extensible),
      assign(keyed(t, k), v),
      fallback(t, k, v),
    ),
  ]);
}

/**
 * `receiver.name(args…)` for a whitelisted String or Array method. String methods run inline only with primitive
 * arguments (the helper passes objects through `native`, and a function argument could be an API whose error needs
 * this site's location); Array methods that call back run inline only when the callback is written right there
 * as a function (sandboxed code, whose errors carry their own location). Undefined when no fast path applies.
 */
export function fastMethodCall(receiver: AnyNode, name: string, args: AnyNode[], originalArgs: AnyNode[], temps: Temps, fallback: (r: AnyNode, a: AnyNode[]) => AnyNode): AnyNode | undefined {
  const asString = stringMethodSet.has(name);
  const callbackArg = originalArgs[0];
  const inlineCallback = callbackArg !== undefined && (callbackArg.type === 'ArrowFunctionExpression' || callbackArg.type === 'FunctionExpression');
  const asArray = arrayMethodSet.has(name) && (!callbackMethods.has(name) || inlineCallback || (name === 'sort' && originalArgs.length === 0));
  if (!asString && !asArray) return undefined;
  const r = temp(temps);
  const a = args.map(() => temp(temps));
  const direct = call(named(r, name), a);
  let chosen = fallback(r, a);
  if (asArray) chosen = conditional(isArray(r), direct, chosen);
  if (asString) {
    const primitive = a.flatMap((x) => [typeIsNot(x, 'object'), typeIsNot(x, 'function')]);
    chosen = conditional(and(typeIs(r, 'string'), ...primitive), direct, chosen);
  }
  return sequence([assign(r, receiver), ...args.map((arg, i) => assign(a[i] as AnyNode, arg)), chosen]);
}
