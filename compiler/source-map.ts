/**
 * Reading esbuild's source map (version 3) to point diagnostics at the TypeScript source: a base64 VLQ decoder
 * and a lookup from a generated position to the original one. No source-map library is installed, and this is
 * all the compiler needs.
 */

export interface RawSourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
}

export interface OriginalPosition {
  file: string;
  /** 1-based. */
  line: number;
  /** 0-based. */
  column: number;
  lineText: string;
}

/** A segment: generated column, then source index, original line, original column (all 0-based, absolute). */
type Segment = [number, number, number, number];

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one VLQ-encoded field list (`AAAA,SAAS`'s `AAAA`) into signed integers. */
export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = base64.indexOf(ch);
    if (digit === -1) throw new Error(`source map: invalid base64 character "${ch}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export interface SourceMapper {
  /** The original position of a generated one (`line` 1-based, `column` 0-based), or undefined if unmapped. */
  original(line: number, column: number): OriginalPosition | undefined;
}

export function createSourceMapper(map: RawSourceMap, sourceName: (source: string) => string = (s) => s): SourceMapper {
  const lines: Segment[][] = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  for (const lineText of map.mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const field of lineText.split(',')) {
      if (field === '') continue;
      const [dColumn = 0, dSource, dLine, dOriginalColumn] = decodeVlq(field);
      column += dColumn;
      if (dSource === undefined || dLine === undefined || dOriginalColumn === undefined) continue;
      source += dSource;
      originalLine += dLine;
      originalColumn += dOriginalColumn;
      segments.push([column, source, originalLine, originalColumn]);
    }
    lines.push(segments);
  }
  const sourceLines = (map.sourcesContent ?? []).map((content) => (content ?? '').split(/\r?\n/));
  return {
    original(line, column) {
      const segments = lines[line - 1];
      if (segments === undefined || segments.length === 0) return undefined;
      let best: Segment | undefined;
      for (const segment of segments) {
        if (segment[0] <= column) best = segment;
        else break;
      }
      best ??= segments[0];
      if (best === undefined) return undefined;
      const [, sourceIndex, oLine, oColumn] = best;
      const file = map.sources[sourceIndex];
      if (file === undefined) return undefined;
      return {
        file: sourceName(file),
        line: oLine + 1,
        column: oColumn,
        lineText: sourceLines[sourceIndex]?.[oLine] ?? '',
      };
    },
  };
}
