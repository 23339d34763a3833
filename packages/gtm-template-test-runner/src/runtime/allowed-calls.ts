/**
 * The API calls a deterministic permission port has allowed (host.ts), so that a loaded template's executions ask
 * the permission model once per distinct call instead of at every request. Only calls whose arguments are all
 * strings, numbers, booleans, null or undefined are kept, and not long ones (a URL with a hit's values in its query
 * seldom comes again). The commonest calls are looked up without building a key: no argument (`getRequestPath()`)
 * by API name, one string (`getRequestQueryParameter('st')`) by name and then argument; others by a key of the name
 * and the typed arguments.
 */

/** Entries kept at most; all are dropped when it is reached (the simplest bound; they come back on use). */
const MAX_ENTRIES = 4096;
/** The longest string argument or key kept. */
const MAX_LENGTH = 256;

export class AllowedCalls {
  private readonly bare = new Set<string>();
  private readonly oneString = new Map<string, Set<string>>();
  private readonly keyed = new Set<string>();
  private entries = 0;

  has(apiName: string, args: readonly unknown[]): boolean {
    if (args.length === 0) return this.bare.has(apiName);
    const only = args[0];
    if (args.length === 1 && typeof only === 'string') return this.oneString.get(apiName)?.has(only) === true;
    const key = keyOf(apiName, args);
    return key !== undefined && this.keyed.has(key);
  }

  add(apiName: string, args: readonly unknown[]): void {
    if (this.entries >= MAX_ENTRIES) this.clear();
    const only = args[0];
    if (args.length === 0) {
      this.bare.add(apiName);
    } else if (args.length === 1 && typeof only === 'string') {
      if (only.length > MAX_LENGTH) return;
      let set = this.oneString.get(apiName);
      if (set === undefined) this.oneString.set(apiName, (set = new Set()));
      set.add(only);
    } else {
      const key = keyOf(apiName, args);
      if (key === undefined) return;
      this.keyed.add(key);
    }
    this.entries += 1;
  }

  private clear(): void {
    this.bare.clear();
    this.oneString.clear();
    this.keyed.clear();
    this.entries = 0;
  }
}

/** The key of a call with plain arguments, or undefined when an argument is not plain or the key is too long. */
function keyOf(apiName: string, args: readonly unknown[]): string | undefined {
  let key = apiName;
  for (const arg of args) {
    const type = typeof arg;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'undefined' && arg !== null) return undefined;
    // The type's first letter keeps 1 and '1' (and null, undefined, 'null') apart.
    key = key + '\u0000' + (arg === null ? 'l' : type.charAt(0)) + String(arg);
    if (key.length > MAX_LENGTH) return undefined;
  }
  return key;
}
