/**
 * Math (web and server; no permission): abs, ceil, floor, round, max, min, pow, sqrt — Google: "parameters are
 * converted to numbers". The conversion is makeNumber, so an object argument is never asked for its valueOf.
 * No `random` (generateRandom is the sandbox's way).
 */
import { makeNumber } from './coerce.ts';

const one = (fn: (x: number) => number) => (x: unknown): number => fn(makeNumber(x));

export const MathApi = {
  abs: one(Math.abs),
  ceil: one(Math.ceil),
  floor: one(Math.floor),
  round: one(Math.round),
  sqrt: one(Math.sqrt),
  pow: (base: unknown, exponent: unknown): number => Math.pow(makeNumber(base), makeNumber(exponent)),
  max: (...values: unknown[]): number => Math.max(...values.map(makeNumber)),
  min: (...values: unknown[]): number => Math.min(...values.map(makeNumber)),
};
