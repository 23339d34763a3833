/** Test helper: hand-built TC strings from bit fields, for inputs no encoder would produce. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function bits(value: number, width: number): string {
  return value.toString(2).padStart(width, '0');
}

/** base64url of a bit string, right-padded with zeros to whole characters. */
export function toBase64Url(bitString: string): string {
  const padded = bitString.padEnd(Math.ceil(bitString.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < padded.length; i += 6) out += ALPHABET[parseInt(padded.slice(i, i + 6), 2)];
  return out;
}

/** The fixed core fields (213 bits): version 2, policy 4, purposes consented as given. */
export function coreHeader(options: { version?: number; purposeConsents?: number[]; language?: [number, number] } = {}): string {
  const purposes = Array.from({ length: 24 }, (_, i) => ((options.purposeConsents ?? []).includes(i + 1) ? '1' : '0')).join('');
  const language = options.language ?? [4, 13];
  return bits(options.version ?? 2, 6) + bits(17954400000, 36) + bits(17954400000, 36) + bits(10, 12) + bits(3, 12) +
    bits(2, 6) + bits(language[0], 6) + bits(language[1], 6) + bits(45, 12) + bits(4, 6) + '1' + '0' + bits(0, 12) +
    purposes + bits(0, 24) + '0' + bits(3, 6) + bits(4, 6);
}

/** A vendor section as ranges. */
export function rangeSection(maxVendorId: number, ranges: [number, number][]): string {
  return bits(maxVendorId, 16) + '1' + bits(ranges.length, 12) +
    ranges.map(([start, end]) => (start === end ? '0' + bits(start, 16) : '1' + bits(start, 16) + bits(end, 16))).join('');
}

/** A vendor section as a bit field. */
export function bitFieldSection(maxVendorId: number, ids: number[]): string {
  return bits(maxVendorId, 16) + '0' + Array.from({ length: maxVendorId }, (_, i) => (ids.includes(i + 1) ? '1' : '0')).join('');
}
