/**
 * Diagnostics shared by the dialect validator, the compiler and the runner.
 * Shaped like esbuild's `Message` so that compiler errors and sandbox errors read the same way:
 * `file:line:col: error: [rule] text`.
 */

export interface DiagnosticLocation {
  file: string;
  /** 1-based line. */
  line: number;
  /** 0-based column, as esbuild and acorn count. */
  column: number;
  /** Length of the offending source range (0 when unknown). */
  length: number;
  /** The whole source line, for display. */
  lineText: string;
}

export interface Diagnostic {
  /** Rule or check that produced this diagnostic, e.g. `no-new`, `unknown-global`, `tpl-section`. */
  rule: string;
  text: string;
  location: DiagnosticLocation | undefined;
  /** Extra context, e.g. the generated-code location when `location` points at TypeScript source. */
  notes: { text: string; location: DiagnosticLocation | undefined }[];
}

/** `file:line:col: error: [rule] text` (1-based column for humans and editors). */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column + 1}: ` : '';
  const head = `${where}error: [${d.rule}] ${d.text}`;
  const notes = d.notes.map((n) => {
    const nw = n.location ? `${n.location.file}:${n.location.line}:${n.location.column + 1}: ` : '';
    return `  ${nw}note: ${n.text}`;
  });
  return [head, ...notes].join('\n');
}
