/**
 * Own-property lookups for the dialect's tables. The names looked up come from the code being checked, so a plain
 * `table[name]` would answer `constructor`, `toString`, `hasOwnProperty`, `valueOf` or `__proto__` from
 * `Object.prototype` (a message once ended in `function Object() { [native code] }`).
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
