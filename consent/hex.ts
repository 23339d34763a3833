/** Hex digits by table: the sandbox has neither parseInt nor Number.prototype.toString(16) we may rely on. */

export const HEX_DIGITS = '0123456789abcdef';

/** Value of a hex digit, either case. */
export const HEX_VALUES: { readonly [digit: string]: number | undefined } = {
  '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9,
  a: 10, b: 11, c: 12, d: 13, e: 14, f: 15,
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15,
};

/** 2^0 .. 2^52, for bit arithmetic without bitwise operators (which the sandbox does not reliably offer). */
export const POWERS_OF_TWO: readonly number[] = buildPowersOfTwo();

function buildPowersOfTwo(): number[] {
  const powers: number[] = [];
  let value = 1;
  for (let i = 0; i <= 52; i++) {
    powers.push(value);
    value = value * 2;
  }
  return powers;
}

/** Whether bit `bit` (0 = least significant) of the non-negative integer `value` is set. */
export function hasBit(value: number, bit: number): boolean {
  const shifted = (value - (value % POWERS_OF_TWO[bit])) / POWERS_OF_TWO[bit];
  return shifted % 2 === 1;
}
