/**
 * `assertThat(actual, opt_message)` and GTM's full matcher list (research/gtm-sandbox.md §4.2, modelled on Google
 * Truth). One table, one loop: each matcher has the words of its failure message and its test.
 */
import { ScenarioAbort } from '../runtime/errors.ts';
import { deepEqual, formatValue, sandboxType, type Unwrap } from './values.ts';

interface Matcher {
  /** "to be equal to": the failure reads `expected <actual> to be equal to <arguments>`. */
  phrase: string;
  /** `none`: no argument; `one`: one expected value; `many`: a list of values (`isAnyOf(a, b)`). */
  arity: 'none' | 'one' | 'many';
  test(actual: unknown, args: unknown[], eq: (a: unknown, b: unknown) => boolean): boolean;
}

const sizeOf = (v: unknown): number | undefined => {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (typeof v === 'object' && v !== null) return Object.keys(v).length;
  return undefined;
};

const containsAll = (actual: unknown, items: unknown[], eq: (a: unknown, b: unknown) => boolean): boolean => {
  if (typeof actual === 'string') return items.every((i) => typeof i === 'string' && actual.indexOf(i) !== -1);
  if (Array.isArray(actual)) return items.every((i) => actual.some((a) => eq(a, i)));
  return false;
};

const containsNone = (actual: unknown, items: unknown[], eq: (a: unknown, b: unknown) => boolean): boolean => {
  if (typeof actual === 'string') return items.every((i) => typeof i !== 'string' || actual.indexOf(i) === -1);
  if (Array.isArray(actual)) return items.every((i) => !actual.some((a) => eq(a, i)));
  return false;
};

/** Same elements, same multiplicity, any order. */
const containsExactly = (actual: unknown, items: unknown[], eq: (a: unknown, b: unknown) => boolean): boolean => {
  if (!Array.isArray(actual) || actual.length !== items.length) return false;
  const left = [...actual];
  return items.every((item) => {
    const index = left.findIndex((a) => eq(a, item));
    if (index === -1) return false;
    left.splice(index, 1);
    return true;
  });
};

const num = (v: unknown): number => v as number;

export const matchers: Record<string, Matcher> = {
  isUndefined: { phrase: 'to be undefined', arity: 'none', test: (a) => a === undefined },
  isDefined: { phrase: 'to be defined', arity: 'none', test: (a) => a !== undefined },
  isNull: { phrase: 'to be null', arity: 'none', test: (a) => a === null },
  isNotNull: { phrase: 'not to be null', arity: 'none', test: (a) => a !== null },
  isTrue: { phrase: 'to be true', arity: 'none', test: (a) => a === true },
  isFalse: { phrase: 'to be false', arity: 'none', test: (a) => a === false },
  isTruthy: { phrase: 'to be truthy', arity: 'none', test: (a) => Boolean(a) },
  isFalsy: { phrase: 'to be falsy', arity: 'none', test: (a) => !a },
  isNaN: { phrase: 'to be NaN', arity: 'none', test: (a) => typeof a === 'number' && Number.isNaN(a) },
  isNotNaN: { phrase: 'not to be NaN', arity: 'none', test: (a) => !(typeof a === 'number' && Number.isNaN(a)) },
  isInfinity: { phrase: 'to be infinity', arity: 'none', test: (a) => a === Infinity || a === -Infinity },
  isNotInfinity: { phrase: 'not to be infinity', arity: 'none', test: (a) => a !== Infinity && a !== -Infinity },
  isEqualTo: { phrase: 'to be equal to', arity: 'one', test: (a, [e], eq) => eq(a, e) },
  isNotEqualTo: { phrase: 'not to be equal to', arity: 'one', test: (a, [e], eq) => !eq(a, e) },
  isAnyOf: { phrase: 'to be any of', arity: 'many', test: (a, es, eq) => es.some((e) => eq(a, e)) },
  isNoneOf: { phrase: 'to be none of', arity: 'many', test: (a, es, eq) => !es.some((e) => eq(a, e)) },
  isStrictlyEqualTo: { phrase: 'to be strictly equal to', arity: 'one', test: (a, [e]) => a === e },
  isNotStrictlyEqualTo: { phrase: 'not to be strictly equal to', arity: 'one', test: (a, [e]) => a !== e },
  isGreaterThan: { phrase: 'to be greater than', arity: 'one', test: (a, [e]) => num(a) > num(e) },
  isGreaterThanOrEqualTo: { phrase: 'to be greater than or equal to', arity: 'one', test: (a, [e]) => num(a) >= num(e) },
  isLessThan: { phrase: 'to be less than', arity: 'one', test: (a, [e]) => num(a) < num(e) },
  isLessThanOrEqualTo: { phrase: 'to be less than or equal to', arity: 'one', test: (a, [e]) => num(a) <= num(e) },
  contains: { phrase: 'to contain', arity: 'many', test: containsAll },
  doesNotContain: { phrase: 'not to contain', arity: 'many', test: containsNone },
  containsExactly: { phrase: 'to contain exactly', arity: 'many', test: containsExactly },
  doesNotContainExactly: { phrase: 'not to contain exactly', arity: 'many', test: (a, es, eq) => !containsExactly(a, es, eq) },
  hasLength: { phrase: 'to have length', arity: 'one', test: (a, [n]) => (typeof a === 'string' || Array.isArray(a)) && a.length === n },
  isEmpty: { phrase: 'to be empty', arity: 'none', test: (a) => sizeOf(a) === 0 },
  isNotEmpty: { phrase: 'not to be empty', arity: 'none', test: (a) => sizeOf(a) !== undefined && sizeOf(a) !== 0 },
  isArray: { phrase: 'to be an array', arity: 'none', test: (a) => sandboxType(a) === 'array' },
  isBoolean: { phrase: 'to be a boolean', arity: 'none', test: (a) => typeof a === 'boolean' },
  isFunction: { phrase: 'to be a function', arity: 'none', test: (a) => typeof a === 'function' },
  isNumber: { phrase: 'to be a number', arity: 'none', test: (a) => typeof a === 'number' },
  isObject: { phrase: 'to be an object', arity: 'none', test: (a) => sandboxType(a) === 'object' },
  isString: { phrase: 'to be a string', arity: 'none', test: (a) => typeof a === 'string' },
};

/** `assertThat(actual, message?)`: an object with one function per matcher; a failure ends the scenario. */
export function createAssertThat(unwrap: Unwrap): (actual: unknown, message?: unknown) => Record<string, (...args: unknown[]) => void> {
  const eq = (a: unknown, b: unknown): boolean => deepEqual(a, b, unwrap);
  return (actual, message) => {
    const subject: Record<string, (...args: unknown[]) => void> = {};
    for (const [name, matcher] of Object.entries(matchers)) {
      subject[name] = (...args: unknown[]) => {
        if (matcher.test(actual, args, eq)) return;
        const shown =
          matcher.arity === 'none' ? '' : matcher.arity === 'one' ? ` ${formatValue(args[0])}` : ` ${args.map((a) => formatValue(a)).join(', ')}`;
        const prefix = message === undefined ? '' : `${String(message)}: `;
        throw new ScenarioAbort(`${prefix}assertThat(…).${name}: expected ${formatValue(actual)} ${matcher.phrase}${shown}`, 'assertion');
      };
    }
    return subject;
  };
}
