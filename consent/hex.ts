/** Hex digits by table: the sandbox has neither parseInt nor Number.prototype.toString(16) we may rely on. */

export const HEX_DIGITS = '0123456789abcdef';

/** Value of a hex digit, either case; -1 for anything else (one character expected). */
export function hexValue(digit: string): number {
  return HEX_DIGITS.indexOf(digit.toLowerCase());
}

/**
 * 2^0 .. 2^24, for bit arithmetic without bitwise operators (which the sandbox does not reliably offer). Kept
 * within small-integer range on purpose: a table of large doubles would turn every `%` into a slow float modulo.
 */
export const POWERS_OF_TWO: readonly number[] = [
  1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288,
  1048576, 2097152, 4194304, 8388608, 16777216,
];

/** Whether `value` (a non-negative integer) has the bit of `weight` (a power of two; 0 is never set). */
export function hasWeight(value: number, weight: number): boolean {
  return weight > 0 && value % (weight * 2) >= weight;
}

/** Lower-case hex of a non-negative integer, left-padded with zeros to `digits`. */
export function toHex(value: number, digits: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < digits; i++) {
    const digit = rest % 16;
    out = HEX_DIGITS[digit] + out;
    rest = (rest - digit) / 16;
  }
  return out;
}
