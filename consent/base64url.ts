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

/**
 * BIT_CHUNKS[digit * 42 + offset * 7 + take]: the `take` bits of a 6-bit `digit` that start at `offset`
 * (0 = most significant), as a number. One lookup replaces a division and a modulo per character read.
 */
export const BIT_CHUNKS: readonly number[] = /* @__PURE__ */ buildBitChunks();

function buildBitChunks(): number[] {
  const table: number[] = [];
  for (let digit = 0; digit < 64; digit++) {
    for (let offset = 0; offset < 6; offset++) {
      let weight = 64;
      for (let i = 0; i < offset; i++) weight = weight / 2;
      const low = digit % weight;
      for (let take = 0; take <= 6; take++) {
        if (take > 6 - offset) {
          table.push(0);
          continue;
        }
        let drop = 1;
        for (let i = 0; i < 6 - offset - take; i++) drop = drop * 2;
        table.push((low - (low % drop)) / drop);
      }
    }
  }
  return table;
}

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
