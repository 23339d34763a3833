/**
 * Compiles instrumented sandboxed code into a function living in a fresh `node:vm` context. The context has no
 * code generation from strings and the code sees only its parameters and the runtime helpers: every member access
 * and every free identifier is routed through `./members.ts` by `./instrument.ts`.
 */
import vm from 'node:vm';
import { instrument, runtimeName } from './instrument.ts';
import { callMember, callValue, getMember, incrementMember, setMember, updateMember, type NativeArgument } from './members.ts';
import { SandboxError } from './errors.ts';

export type SandboxFunction = (...args: unknown[]) => unknown;

export type CompileResult = { ok: true; value: SandboxFunction } | { ok: false; message: string; offset: number };

export interface SandboxRealm {
  /** Compiles a function body with the given parameter names into a function of this realm. */
  compile(body: string, parameters: readonly string[]): CompileResult;
}

/**
 * `tick` is called on every loop iteration and function entry (the step bound); `native` turns API handles into
 * what String methods take natively (createRegex's handle for `replace`/`match`/`search`).
 */
export function createRealm(tick: () => void, native: NativeArgument = (v) => v): SandboxRealm {
  const context = vm.createContext(Object.create(null) as object, {
    name: 'gtm-sandbox',
    codeGeneration: { strings: false, wasm: false },
  });
  const helpers = Object.freeze({
    get: (receiver: unknown, key: unknown) => getMember(receiver, key, native),
    set: setMember,
    call: (receiver: unknown, key: unknown, args: unknown[]) => callMember(receiver, key, args, native),
    callValue,
    update: updateMember,
    increment: incrementMember,
    tick,
    global(name: string): never {
      throw new SandboxError(`${name} is not defined`);
    },
  });
  return {
    compile(body, parameters) {
      const result = instrument(body, parameters);
      if (!result.ok) return result;
      const source = `(function (${runtimeName}) { return function (${parameters.join(', ')}) { 'use strict';\n${result.code}\n}; })`;
      const factory = vm.runInContext(source, context) as (h: typeof helpers) => SandboxFunction;
      return { ok: true, value: factory(helpers) };
    },
  };
}
