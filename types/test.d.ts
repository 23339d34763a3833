/**
 * GTM's template test API, the globals of `___TESTS___` setup and scenario code (research/gtm-sandbox.md §4.2;
 * https://developers.google.com/tag-platform/tag-manager/templates/tests). Used together with web.d.ts or
 * server.d.ts (which define `SandboxApis`) by tsconfig.sandbox-*-tests.json only, so template code never sees them.
 */

/** What `mock` accepts for an API: a replacement function, or the value every call returns. */
type MockValue<Api> = Api extends (...args: infer A) => infer R ? ((...args: A) => R) | R : Api;

/** APIs that are objects (`localStorage`, `templateStorage`, `Firestore`…), for `mockObject`. */
type ObjectApiName = { [K in keyof SandboxApis]: SandboxApis[K] extends (...args: never[]) => unknown ? never : K }[keyof SandboxApis];

/** Names `assertApi` knows: every API plus the tag callbacks the framework supplies. */
type AssertableApiName = keyof SandboxApis | 'gtmOnSuccess' | 'gtmOnFailure';

interface ApiAssertion {
  wasCalled(): void;
  wasNotCalled(): void;
  /** Arguments compared by value, like `isEqualTo`. */
  wasCalledWith(...expected: unknown[]): void;
  wasNotCalledWith(...expected: unknown[]): void;
}

/** `assertThat(actual)`: Google Truth style; no `isInstanceOf`. */
interface Subject {
  isUndefined(): void;
  isDefined(): void;
  isNull(): void;
  isNotNull(): void;
  isTrue(): void;
  isFalse(): void;
  isTruthy(): void;
  isFalsy(): void;
  isNaN(): void;
  isNotNaN(): void;
  isInfinity(): void;
  isNotInfinity(): void;
  /** Deep value comparison. */
  isEqualTo(expected: unknown): void;
  isNotEqualTo(expected: unknown): void;
  isAnyOf(...expected: unknown[]): void;
  isNoneOf(...expected: unknown[]): void;
  /** `===`. */
  isStrictlyEqualTo(expected: unknown): void;
  isNotStrictlyEqualTo(expected: unknown): void;
  isGreaterThan(expected: number): void;
  isGreaterThanOrEqualTo(expected: number): void;
  isLessThan(expected: number): void;
  isLessThanOrEqualTo(expected: number): void;
  contains(...expected: unknown[]): void;
  doesNotContain(...expected: unknown[]): void;
  containsExactly(...expected: unknown[]): void;
  doesNotContainExactly(...expected: unknown[]): void;
  hasLength(expected: number): void;
  isEmpty(): void;
  isNotEmpty(): void;
  isArray(): void;
  isBoolean(): void;
  isFunction(): void;
  isNumber(): void;
  isObject(): void;
  isString(): void;
}

/** Runs the template's code with `data`; returns a variable's value (a server variable's promise), else undefined. */
declare function runCode(data: { [field: string]: unknown }): unknown;
/** Overrides an API for the current scenario (mocks are reset before each scenario; mocked APIs skip permission checks). */
declare function mock<K extends keyof SandboxApis>(apiName: K, returnValue: MockValue<SandboxApis[K]>): void;
/** Overrides an object API with an object of the methods the scenario needs. */
declare function mockObject<K extends ObjectApiName>(apiName: K, objectMock: Partial<SandboxApis[K]>): void;
declare function assertApi(apiName: AssertableApiName): ApiAssertion;
declare function assertThat(actual: unknown, opt_message?: string): Subject;
/** Fails the current scenario immediately. */
declare function fail(opt_message?: string): never;
