/**
 * GTM's standard library as a TypeScript lib, for the sandbox tsconfigs (`noLib: true`): the built-in types have
 * exactly the members of Google's "exhaustive list" (research/gtm-sandbox.md §1.4,
 * https://developers.google.com/tag-platform/tag-manager/templates/standard-library), so TypeScript itself refuses
 * `'x'.charCodeAt(0)` or `[].includes(1)`. Also the few global types TypeScript needs to work at all (`Function`,
 * `IArguments`, `RegExp`, `CallableFunction`, `NewableFunction`, `TemplateStringsArray`) and the utility types.
 * No global values are declared here: in the sandbox, everything comes from `require` (types/web.d.ts, server.d.ts).
 */

/** Objects have `toString` only (Object, Number and Boolean: `toString` is their whole standard library). */
interface Object {
  toString(): string;
}

/** Functions can be called; `call`, `apply` and `bind` are not in the sandbox. */
interface Function {}
interface CallableFunction extends Function {}
interface NewableFunction extends Function {}

/** `arguments` inside a (non-arrow) function. */
interface IArguments {
  readonly length: number;
  readonly [index: number]: unknown;
}

/** The sandbox has no RegExp type; TypeScript requires the name to exist. */
interface RegExp {}

/**
 * A regular expression made by the server API `createRegex` (RE2); strings accept it where they accept a pattern.
 * Web templates have no way to make one.
 */
interface SandboxRegex {
  readonly sandboxRegex: true;
}

/** A pattern for `match`, `search`, `replace`, `split`: a string (a regular expression's source) or a server regex. */
type SandboxPattern = string | SandboxRegex;

interface String {
  readonly length: number;
  readonly [index: number]: string;
  charAt(pos: number): string;
  concat(...strings: string[]): string;
  indexOf(searchString: string, position?: number): number;
  lastIndexOf(searchString: string, position?: number): number;
  /** A string argument is a regular expression's source (as in native JS). */
  match(pattern: SandboxPattern): string[] | null;
  /** A string pattern replaces the first literal occurrence only; use `split().join()` or a `'g'` server regex for all. */
  replace(pattern: SandboxPattern, replacement: string | ((substring: string, ...args: unknown[]) => string)): string;
  search(pattern: SandboxPattern): number;
  slice(start?: number, end?: number): string;
  split(separator: SandboxPattern, limit?: number): string[];
  substring(start: number, end?: number): string;
  toLowerCase(): string;
  toLocaleLowerCase(): string;
  toString(): string;
  toUpperCase(): string;
  toLocaleUpperCase(): string;
  trim(): string;
}

interface Number {
  /** `toString(16)` honours the radix (observed in published templates, research §1.3). */
  toString(radix?: number): string;
}

interface Boolean {
  toString(): string;
}

/** What `concat` accepts besides single elements. */
interface ConcatArray<T> {
  readonly length: number;
  readonly [n: number]: T;
  join(separator?: string): string;
  slice(start?: number, end?: number): T[];
}

interface ReadonlyArray<T> {
  readonly length: number;
  readonly [n: number]: T;
  concat(...items: (T | ConcatArray<T>)[]): T[];
  every(predicate: (value: T, index: number, array: readonly T[]) => unknown): boolean;
  filter<S extends T>(predicate: (value: T, index: number, array: readonly T[]) => value is S): S[];
  filter(predicate: (value: T, index: number, array: readonly T[]) => unknown): T[];
  forEach(callbackfn: (value: T, index: number, array: readonly T[]) => void): void;
  indexOf(searchElement: T, fromIndex?: number): number;
  join(separator?: string): string;
  lastIndexOf(searchElement: T, fromIndex?: number): number;
  map<U>(callbackfn: (value: T, index: number, array: readonly T[]) => U): U[];
  reduce(callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: readonly T[]) => T): T;
  reduce<U>(callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: readonly T[]) => U, initialValue: U): U;
  reduceRight(callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: readonly T[]) => T): T;
  reduceRight<U>(callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: readonly T[]) => U, initialValue: U): U;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: readonly T[]) => unknown): boolean;
  toString(): string;
}

interface Array<T> {
  length: number;
  [n: number]: T;
  concat(...items: (T | ConcatArray<T>)[]): T[];
  every(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  filter<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S): S[];
  filter(predicate: (value: T, index: number, array: T[]) => unknown): T[];
  forEach(callbackfn: (value: T, index: number, array: T[]) => void): void;
  indexOf(searchElement: T, fromIndex?: number): number;
  join(separator?: string): string;
  lastIndexOf(searchElement: T, fromIndex?: number): number;
  map<U>(callbackfn: (value: T, index: number, array: T[]) => U): U[];
  pop(): T | undefined;
  push(...items: T[]): number;
  reduce(callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: T[]) => T): T;
  reduce<U>(callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: T[]) => U, initialValue: U): U;
  reduceRight(callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: T[]) => T): T;
  reduceRight<U>(callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: T[]) => U, initialValue: U): U;
  reverse(): T[];
  shift(): T | undefined;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  sort(compareFn?: (a: T, b: T) => number): this;
  splice(start: number, deleteCount?: number, ...items: T[]): T[];
  toString(): string;
  unshift(...items: T[]): number;
}

/** For tagged templates, which the compiler does not lower (and the validator refuses); TypeScript needs the name. */
interface TemplateStringsArray extends ReadonlyArray<string> {
  readonly raw: readonly string[];
}

// Utility types (type-level only; nothing of this exists at run time).
type PropertyKey = string | number | symbol;
type Partial<T> = { [P in keyof T]?: T[P] };
type Required<T> = { [P in keyof T]-?: T[P] };
type Readonly<T> = { readonly [P in keyof T]: T[P] };
type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Record<K extends PropertyKey, T> = { [P in K]: T };
type Exclude<T, U> = T extends U ? never : T;
type Extract<T, U> = T extends U ? T : never;
type Omit<T, K extends PropertyKey> = Pick<T, Exclude<keyof T, K>>;
type NonNullable<T> = T & {};
type Parameters<T extends (...args: never) => unknown> = T extends (...args: infer P) => unknown ? P : never;
type ReturnType<T extends (...args: never) => unknown> = T extends (...args: never) => infer R ? R : never;
