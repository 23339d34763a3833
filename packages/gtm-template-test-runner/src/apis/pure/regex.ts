/**
 * createRegex / testRegex (server, image ≥ 2.0.0; no permission).
 *
 * Google: createRegex "creates a new regex instance using an RE2 implementation and returns it wrapped in an
 * object"; flags `g` and `i` are supported and "all other characters are silently ignored"; it returns `null` when
 * the regex is invalid. testRegex tests a string against it; "a regex with the global flag is stateful"
 * (`lastIndex` advances, as in JavaScript). The wrapped regex is also accepted by String `replace`, `match` and
 * `search` — the engine unwraps handles with `regexOf`.
 *
 * RE2 is emulated with JavaScript's RegExp after refusing what RE2 does not have: lookahead/lookbehind and
 * backreferences (`\1`…, `\k<name>`). Other differences (RE2's `\C`, `\pN`, possessive quantifiers…) are not
 * emulated; such patterns are `null` here when JavaScript refuses them too.
 */

const handles = new WeakMap<object, RegExp>();

/** The opaque object sandbox code holds. It has no own properties, so nothing of the RegExp is reachable. */
export type RegexHandle = Readonly<Record<string, never>>;

/** Constructs RE2 lacks, found outside character classes. */
function usesNonRe2Syntax(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<'))) return true;
      i++;
    } else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (!inClass && c === '(' && /^\(\?(?:=|!|<=|<!)/.test(pattern.slice(i, i + 4))) return true;
  }
  return false;
}

export function createRegex(pattern: unknown, flags?: unknown): RegexHandle | null {
  if (typeof pattern !== 'string') return null;
  const wanted = typeof flags === 'string' ? flags : '';
  const jsFlags = (wanted.includes('g') ? 'g' : '') + (wanted.includes('i') ? 'i' : '');
  if (usesNonRe2Syntax(pattern)) return null;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, jsFlags);
  } catch {
    return null;
  }
  const handle: RegexHandle = Object.freeze(Object.create(null) as Record<string, never>);
  handles.set(handle, regex);
  return handle;
}

/** The RegExp behind a handle made by createRegex, or undefined. */
export function regexOf(value: unknown): RegExp | undefined {
  return typeof value === 'object' && value !== null ? handles.get(value) : undefined;
}

export function isRegexHandle(value: unknown): boolean {
  return regexOf(value) !== undefined;
}

export function testRegex(regex: unknown, input: unknown): boolean {
  const re = regexOf(regex);
  if (re === undefined) throw new TypeError('testRegex: the first argument must be a regex made by createRegex');
  return re.test(typeof input === 'string' ? input : String(input));
}
