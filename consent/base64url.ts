/**
 * base64url (TC string spec: "URL-safe Base64"; no `=` padding; `-` and `_` are digits 62 and 63).
 * Every character is looked up in the alphabet; there is no replace step that could miss a `-` or `_`.
 *
 * No table keyed by character and no table of set bits: in GTM a template's top-level code runs on every
 * execution, so a module-level table built by a loop would be rebuilt for every hit. A lookup is one native
 * `indexOf` on the alphabet; the bits of a digit are found by arithmetic where they are needed.
 */

export const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The 6-bit value of one character (`char` must be one character: callers index inside the string), or -1 for a
 * character outside the alphabet.
 */
export function base64urlValue(char: string): number {
  return BASE64URL_ALPHABET.indexOf(char);
}
