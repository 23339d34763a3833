/**
 * base64url by table (TC string spec: "URL-safe Base64"; no `=` padding; `-` and `_` are digits 62 and 63).
 * Every character is looked up; there is no replace step that could miss a `-` or `_`.
 */

export const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The 64-entry table: character -> 6-bit value. */
export const BASE64URL_VALUES: { readonly [char: string]: number | undefined } = /* @__PURE__ */ buildValues();

/**
 * For each 6-bit value, the offsets (0 = most significant, the first bit of the character in the TC string's
 * big-endian bit order) of its set bits. Lets a bitfield be read a character at a time.
 */
export const SET_BIT_OFFSETS: readonly (readonly number[])[] = /* @__PURE__ */ buildSetBitOffsets();

function buildValues(): { [char: string]: number } {
  const values: { [char: string]: number } = {};
  for (let i = 0; i < 64; i++) values[BASE64URL_ALPHABET[i]] = i;
  return values;
}

function buildSetBitOffsets(): number[][] {
  const table: number[][] = [];
  for (let value = 0; value < 64; value++) {
    const offsets: number[] = [];
    let weight = 32;
    let rest = value;
    for (let offset = 0; offset < 6; offset++) {
      if (rest >= weight) {
        offsets.push(offset);
        rest = rest - weight;
      }
      weight = weight / 2;
    }
    table.push(offsets);
  }
  return table;
}
