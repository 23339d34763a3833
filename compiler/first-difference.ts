/** Where a committed generated file first differs from its rebuild (for `check:templates`). */
export interface Difference {
  /** 1-based line. */
  line: number;
  committed: string;
  rebuilt: string;
}

export function firstDifference(committed: string, rebuilt: string): Difference | undefined {
  if (committed === rebuilt) return undefined;
  const a = committed.split('\n');
  const b = rebuilt.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, committed: a[i] ?? '<end of file>', rebuilt: b[i] ?? '<end of file>' };
  }
  return { line: a.length, committed: '<same lines, different bytes>', rebuilt: '<same lines, different bytes>' };
}
