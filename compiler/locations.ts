/**
 * Locations of the lowered program. Nodes the passes keep hold their `loc` in esbuild's output; nodes they
 * create get the location of the nearest ancestor that has one (`fillLocations`), so every diagnostic of the
 * validator has a generated position, which `toTypeScript` maps through esbuild's source map back to the
 * TypeScript file, line and column the author wrote.
 */
import type { AnyNode, Program } from 'acorn';
import type { Diagnostic, DiagnosticLocation } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import type { SourceMapper } from './source-map.ts';
import { childSlots, isNode } from './walk.ts';

export function fillLocations(program: Program): void {
  const visit = (node: AnyNode, parent: AnyNode | undefined): void => {
    if ((node.loc === undefined || node.loc === null) && parent !== undefined) {
      node.loc = parent.loc ?? null;
      node.start = parent.start;
      node.end = parent.end;
    }
    for (const [holder, key] of childSlots(node)) {
      const child = Array.isArray(holder) ? holder[key as number] : holder[key as string];
      if (isNode(child)) visit(child, node);
    }
  };
  visit(program, undefined);
}

/** A diagnostic on esbuild's output, pointed at the TypeScript source (unchanged when the position is unmapped). */
export function toTypeScript(diagnostic: Diagnostic, mapper: SourceMapper): Diagnostic {
  const at = diagnostic.location;
  if (at === undefined) return diagnostic;
  const original = mapper.original(at.line, at.column);
  if (original === undefined) return diagnostic;
  const location: DiagnosticLocation = {
    file: original.file,
    line: original.line,
    column: original.column,
    length: Math.min(at.length, Math.max(0, original.lineText.length - original.column)),
    lineText: original.lineText,
  };
  return { ...diagnostic, location };
}
