/**
 * Compiles instrumented sandboxed code into a function living in a fresh `node:vm` context. The context has no
 * code generation from strings and the code sees only its parameters and the runtime helpers: every member access
 * and every free identifier is routed through `./members.ts` by `./instrument.ts`.
 */
import vm from 'node:vm';
import { instrument, runningStepsName, runtimeName, stepsName, type InstrumentOptions } from './instrument.ts';
import type { StepCounter } from './scheduler.ts';
import { fastNames } from './fast-paths.ts';
import { callableValue, callMember, callValue, getMember, incrementMember, memberFunction, nativeArg, setMember, updateMember, type NativeArgument } from './members.ts';
import { SandboxError } from './errors.ts';
import type { SharedRequire } from './shared-require.ts';
import type { HoistPlan } from './hoist.ts';
import { contextRealm, type PlainRealm } from './plain-realm.ts';

export type SandboxFunction = (...args: unknown[]) => unknown;

/** `madeOnce`: the top-level declarations made once per compiled code (none unless compiled with `running`). */
export type CompileResult = { ok: true; value: SandboxFunction; madeOnce: HoistPlan } | { ok: false; message: string; offset: number };

export interface SandboxRealm {
  /**
   * Compiles a function body with the given parameter names into a function of this realm. `label` names the code
   * in error locations ("template code", "test code").
   */
  compile(body: string, parameters: readonly string[], label?: string, options?: InstrumentOptions): CompileResult;
  /** Plain objects and arrays of this realm: what a boundary for its code makes its copies of (plain-realm.ts). */
  readonly plain: PlainRealm;
}

/**
 * `steps()` gives, at each run of a compiled function, the counter its loop iterations and function entries count
 * on (scheduler.ts StepCounter: the step bound); `native` turns API handles into
 * what String methods take natively (createRegex's handle for `replace`/`match`/`search`).
 * `running`, when given, holds the counter of the execution running now (scheduler.ts `runningSteps`): a host that
 * runs each compiled function many times, each run inside its scheduler's `runWith` or `drain`, passes it so that
 * the declarations no run can tell apart (./hoist.ts) are made once per compiled code instead of at every run.
 * `shared`, with `running`: the `require` every run is given (shared-require.ts), so that the API constants it
 * initializes are made once too.
 */
export function createRealm(steps: () => StepCounter, native: NativeArgument = (v) => v, running?: { readonly steps: StepCounter }, shared?: SharedRequire): SandboxRealm {
  const context = vm.createContext(Object.create(null) as object, {
    name: 'gtm-sandbox',
    codeGeneration: { strings: false, wasm: false },
  });
  return {
    plain: contextRealm(context),
    compile(body, parameters, label = 'code', options = {}) {
      const result = instrument(body, parameters, {
        hoist: running !== undefined,
        ...(shared === undefined ? {} : { requiresOnce: shared.requiresOnce }),
        ...options,
      });
      if (!result.ok) return result;
      const lineStarts = [0];
      for (let i = 0; i < body.length; i += 1) if (body[i] === '\n') lineStarts.push(i + 1);
      /** The innermost sandbox error keeps its location; others pass through untouched. */
      const locate = (error: unknown, at: number): unknown => {
        if (error instanceof SandboxError && error.location === undefined) {
          let line = lineStarts.length - 1;
          while (line > 0 && (lineStarts[line] as number) > at) line -= 1;
          error.location = { code: label, line: line + 1, column: at - (lineStarts[line] as number) };
        }
        return error;
      };
      // Each helper catches for itself rather than through a shared `located(at, () => …)`: these run on every
      // member access and call of sandboxed code, and that allocated a closure per operation.
      const helpers = Object.freeze({
        get: (receiver: unknown, key: unknown, at: number) => {
          try {
            return getMember(receiver, key, native);
          } catch (error) {
            throw locate(error, at);
          }
        },
        set: (receiver: unknown, key: unknown, value: unknown, at: number) => {
          try {
            return setMember(receiver, key, value);
          } catch (error) {
            throw locate(error, at);
          }
        },
        call: (receiver: unknown, key: unknown, args: unknown[], at: number) => {
          try {
            return callMember(receiver, key, args, native);
          } catch (error) {
            throw locate(error, at);
          }
        },
        callValue: (fn: unknown, args: unknown[], at: number) => {
          try {
            return callValue(fn, args);
          } catch (error) {
            throw locate(error, at);
          }
        },
        // Calls with up to 3 arguments (nearly all) take them as parameters: no arguments array per call.
        call0: (receiver: unknown, key: unknown, at: number) => {
          try {
            return memberFunction(receiver, key).call(receiver);
          } catch (error) {
            throw locate(error, at);
          }
        },
        call1: (receiver: unknown, key: unknown, a: unknown, at: number) => {
          try {
            const fn = memberFunction(receiver, key);
            return typeof receiver === 'string' ? fn.call(receiver, nativeArg(a, native)) : fn.call(receiver, a);
          } catch (error) {
            throw locate(error, at);
          }
        },
        call2: (receiver: unknown, key: unknown, a: unknown, b: unknown, at: number) => {
          try {
            const fn = memberFunction(receiver, key);
            return typeof receiver === 'string' ? fn.call(receiver, nativeArg(a, native), nativeArg(b, native)) : fn.call(receiver, a, b);
          } catch (error) {
            throw locate(error, at);
          }
        },
        callValue0: (fn: unknown, at: number) => {
          try {
            return callableValue(fn)();
          } catch (error) {
            throw locate(error, at);
          }
        },
        callValue1: (fn: unknown, a: unknown, at: number) => {
          try {
            return callableValue(fn)(a);
          } catch (error) {
            throw locate(error, at);
          }
        },
        callValue2: (fn: unknown, a: unknown, b: unknown, at: number) => {
          try {
            return callableValue(fn)(a, b);
          } catch (error) {
            throw locate(error, at);
          }
        },
        callValue3: (fn: unknown, a: unknown, b: unknown, c: unknown, at: number) => {
          try {
            return callableValue(fn)(a, b, c);
          } catch (error) {
            throw locate(error, at);
          }
        },
        update: (receiver: unknown, key: unknown, op: string, value: unknown, at: number) => {
          try {
            return updateMember(receiver, key, op, value);
          } catch (error) {
            throw locate(error, at);
          }
        },
        increment: (receiver: unknown, key: unknown, delta: number, prefix: boolean, at: number) => {
          try {
            return incrementMember(receiver, key, delta, prefix);
          } catch (error) {
            throw locate(error, at);
          }
        },
        global: (name: string, at: number): never => {
          throw locate(new SandboxError(`${name} is not defined`), at);
        },
      });
      // The fast paths' own-property, array and extensibility tests: this context's own built-ins. None of the
      // three depends on the realm (they answer alike for objects of either), and V8's optimizing compiler inlines
      // a built-in only when it belongs to the calling code's own context: bound to the host realm's functions,
      // every fast path paid a real call (measured: ~10 % of a server request's time in template code).
      // Sandboxed code cannot reach these globals (instrument.ts routes every free identifier), so nobody can
      // replace them.
      const fastBindings = `const ${fastNames.own} = Object.hasOwn, ${fastNames.isArray} = Array.isArray, ${fastNames.extensible} = Object.isExtensible;`;
      // The step counter is bound for each run, around the function (not a parameter, which `arguments` would
      // show): every function the run makes counts on the counter of the run that made it (a server runs one
      // compiled template for many requests at once).
      // Hoisted declarations are made here, once per compiled code, and count on `running`'s counter; the API
      // constants among them are made by `shared.require`, bound here to the name template code calls it by.
      const source = `(function (${runtimeName}, ${runningStepsName}, require) { 'use strict'; ${fastBindings}\n${result.hoisted}\nreturn function (${stepsName}) { return function (${parameters.join(', ')}) { 'use strict';\n${result.code}\n}; }; })`;
      const factory = vm.runInContext(source, context) as (h: typeof helpers, r: { readonly steps: StepCounter } | undefined, require: SharedRequire['require'] | undefined) => (counter: StepCounter) => SandboxFunction;
      const forRun = factory(helpers, running, shared?.require);
      return { ok: true, value: (...args: unknown[]) => forRun(steps())(...args), madeOnce: result.plan };
    },
  };
}
