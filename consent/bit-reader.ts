/**
 * Reads big-endian bit fields straight out of a base64url segment, one alphabet lookup and a little arithmetic per character touched and no
 * bitwise operators (the sandbox lacks a verified `&`/`>>`). Nothing is decoded ahead of what is read, so a
 * question about one vendor costs what it reads, not the length of the string.
 */
import { base64urlValue } from './base64url.ts';
import { POWERS_OF_TWO } from './hex.ts';

export interface BitReader {
  text: string;
  /** Index of the segment's first character in `text`. */
  start: number;
  /** Index just past the segment's last character. */
  end: number;
  /** Next bit to read, relative to the segment's first bit. */
  pos: number;
}

/** Returned by `readBits` when the segment ends before the field does. */
export const READ_TRUNCATED = -1;
/** Returned by `readBits` when a character is not base64url. */
export const READ_BAD_CHARACTER = -2;

export function bitReader(text: string, start: number, end: number): BitReader {
  return { text: text, start: start, end: end, pos: 0 };
}

/** Number of bits in the reader's segment. */
export function bitLength(reader: BitReader): number {
  return (reader.end - reader.start) * 6;
}

/**
 * Read `count` (≤ 46) bits at `reader.pos` as an unsigned integer and advance; READ_TRUNCATED or
 * READ_BAD_CHARACTER on failure (the position is then left unchanged).
 */
export function readBits(reader: BitReader, count: number): number {
  let pos = reader.pos;
  const stop = pos + count;
  if (stop > (reader.end - reader.start) * 6) return READ_TRUNCATED;
  const text = reader.text;
  const start = reader.start;
  let value = 0;
  while (pos < stop) {
    const offset = pos % 6;
    const digit = base64urlValue(text[start + (pos - offset) / 6]);
    if (digit < 0) return READ_BAD_CHARACTER;
    let take = 6 - offset;
    if (stop - pos < take) take = stop - pos;
    // The `take` bits of the 6-bit digit from `offset` (0 = most significant): drop the bits above, then below.
    // Arithmetic, not a prebuilt table: in GTM the module's top level runs on every execution, so a table would be
    // rebuilt for every hit.
    const below = POWERS_OF_TWO[6 - offset - take];
    value = value * POWERS_OF_TWO[take] + (digit % POWERS_OF_TWO[6 - offset] - digit % below) / below;
    pos = pos + take;
  }
  reader.pos = stop;
  return value;
}

/** Read one bit at absolute bit `bit` of the segment without moving the reader: 0, 1 or a READ_* code. */
export function peekBit(reader: BitReader, bit: number): number {
  if (bit >= (reader.end - reader.start) * 6) return READ_TRUNCATED;
  const offset = bit % 6;
  const digit = base64urlValue(reader.text[reader.start + (bit - offset) / 6]);
  if (digit < 0) return READ_BAD_CHARACTER;
  return digit % POWERS_OF_TWO[6 - offset] >= POWERS_OF_TWO[5 - offset] ? 1 : 0;
}
