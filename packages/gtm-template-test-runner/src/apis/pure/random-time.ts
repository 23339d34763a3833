/**
 * generateRandom, getTimestampMillis, getTimestamp (web and server; no permission), over an injected random
 * source and clock so that tests are seeded and time is fixed.
 * generateRandom(min, max): an integer in [min, max], both inclusive (Google's server page says so). Bounds are
 * made numbers, then `ceil(min)` and `floor(max)`; swapped when min > max; NaN when a bound is not a number [Inf].
 * getTimestamp is the deprecated alias of getTimestampMillis (milliseconds since the epoch).
 */
import { makeNumber } from './coerce.ts';

export type RandomSource = () => number;
export type Clock = () => number;

export function makeGenerateRandom(random: RandomSource) {
  return (min: unknown, max: unknown): number => {
    let lo = Math.ceil(makeNumber(min));
    let hi = Math.floor(makeNumber(max));
    if (Number.isNaN(lo) || Number.isNaN(hi)) return Number.NaN;
    if (lo > hi) [lo, hi] = [Math.ceil(hi), Math.floor(lo)];
    return lo + Math.floor(random() * (hi - lo + 1));
  };
}

/**
 * A seeded source in [0, 1) (mulberry32), for tests and for reproducible runs.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeTimestamp(clock: Clock) {
  return (): number => clock();
}
