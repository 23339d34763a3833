/**
 * `parseTpl`: any exported `.tpl` file (BOM or not, CRLF or LF, any section order, old exports without
 * `___TESTS___`) into a `TemplateFile`. Every problem is a diagnostic naming the section it was met in.
 */
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { isSectionName, type SectionName } from './sections.ts';
import type {
  ContainerContext,
  JsonValue,
  PermissionEntry,
  TemplateFile,
  TemplateInfo,
  TemplateScenario,
  TemplateTests,
} from './types.ts';

export type ParseTplResult = { ok: true; value: TemplateFile } | { ok: false; diagnostics: Diagnostic[] };

interface RawSection {
  name: SectionName;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  markerLine: number;
}

class SectionError {
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}
}

export function parseTpl(text: string, fileName: string): ParseTplResult {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, message: string): Diagnostic => ({
    rule: 'tpl-section',
    text: message,
    location: { file: fileName, line, column: 0, length: 0, lineText: lines[line - 1] ?? '' },
    notes: [],
  });

  const found = splitSections(lines);
  if (found.leading.trim() !== '') {
    diagnostics.push(at(1, 'text before the first section marker; a .tpl file starts with a marker such as ___INFO___'));
  }
  const byName = new Map<SectionName, RawSection>();
  for (const section of found.sections) {
    if (byName.has(section.name)) diagnostics.push(at(section.markerLine, `${section.name}: section appears twice`));
    else byName.set(section.name, section);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const get = <T>(name: SectionName, read: (s: RawSection) => T): T | undefined => {
    const section = byName.get(name);
    if (section === undefined) return undefined;
    try {
      return read(section);
    } catch (error) {
      if (error instanceof SectionError) {
        diagnostics.push(at(error.line, `${name}: ${error.text}`));
        return undefined;
      }
      throw error;
    }
  };

  const info = get('___INFO___', readInfo);
  if (!byName.has('___INFO___')) diagnostics.push(at(1, '___INFO___: section is missing'));
  const parameters = get('___TEMPLATE_PARAMETERS___', (s) => readJsonArray(s)) ?? [];

  const contexts = (['WEB', 'SERVER'] as const).filter(
    (c) => byName.has(codeSectionOf(c)) || byName.has(permissionSectionOf(c)),
  );
  let context: ContainerContext = 'WEB';
  if (contexts.length === 2) {
    diagnostics.push(at(1, 'the file has both web and server code or permission sections; a template has one context'));
  } else if (contexts.length === 0) {
    diagnostics.push(at(1, '___SANDBOXED_JS_FOR_WEB_TEMPLATE___: section is missing (or ___SANDBOXED_JS_FOR_SERVER___)'));
  } else {
    context = contexts[0] as ContainerContext;
    if (!byName.has(codeSectionOf(context))) diagnostics.push(at(1, `${codeSectionOf(context)}: section is missing`));
  }
  const code = get(codeSectionOf(context), (s) => s.body) ?? '';
  const permissions = get(permissionSectionOf(context), readPermissions) ?? [];
  const tests = get('___TESTS___', readTests);
  const notes = get('___NOTES___', (s) => s.body);
  const termsOfService = get('___TERMS_OF_SERVICE___', (s) => s.body);

  if (info !== undefined && !info.containerContexts.includes(context)) {
    const line = byName.get('___INFO___')?.bodyLine ?? 1;
    diagnostics.push(at(line, `___INFO___: containerContexts ${JSON.stringify(info.containerContexts)} does not include "${context}", the context of the code section`));
  }
  if (diagnostics.length > 0 || info === undefined) return { ok: false, diagnostics };
  return { ok: true, value: { termsOfService, info, parameters, context, code, permissions, tests, notes } };
}

function codeSectionOf(c: ContainerContext): SectionName {
  return c === 'WEB' ? '___SANDBOXED_JS_FOR_WEB_TEMPLATE___' : '___SANDBOXED_JS_FOR_SERVER___';
}
function permissionSectionOf(c: ContainerContext): SectionName {
  return c === 'WEB' ? '___WEB_PERMISSIONS___' : '___SERVER_PERMISSIONS___';
}

/** Markers are lines consisting of a known section name; the body drops one blank line after the marker and trailing blank lines. */
function splitSections(lines: string[]): { leading: string; sections: RawSection[] } {
  const result: RawSection[] = [];
  const leading: string[] = [];
  let current: { name: SectionName; markerLine: number; lines: string[] } | undefined;
  const close = (): void => {
    if (current === undefined) return;
    const body = [...current.lines];
    let bodyLine = current.markerLine + 1;
    if (body.length > 0 && body[0]?.trim() === '') {
      body.shift();
      bodyLine += 1;
    }
    while (body.length > 0 && body[body.length - 1]?.trim() === '') body.pop();
    result.push({ name: current.name, markerLine: current.markerLine, bodyLine, body: body.join('\n') });
  };
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (isSectionName(trimmed)) {
      close();
      current = { name: trimmed, markerLine: index + 1, lines: [] };
    } else if (current === undefined) leading.push(line);
    else current.lines.push(line);
  });
  close();
  return { leading: leading.join('\n'), sections: result };
}

function readJson(section: RawSection): unknown {
  try {
    return JSON.parse(section.body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : 0;
    const line = section.bodyLine + section.body.slice(0, offset).split('\n').length - 1;
    throw new SectionError(`invalid JSON: ${message}`, line);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJsonArray(section: RawSection): JsonValue[] {
  if (section.body.trim() === '') return [];
  const value = readJson(section);
  if (!Array.isArray(value)) throw new SectionError('expected a JSON array', section.bodyLine);
  return value as JsonValue[];
}

const infoTypes = ['TAG', 'MACRO', 'CLIENT'];

function readInfo(section: RawSection): TemplateInfo {
  const value = readJson(section);
  if (!isRecord(value)) throw new SectionError('expected a JSON object', section.bodyLine);
  const fail = (text: string): never => {
    throw new SectionError(text, section.bodyLine);
  };
  if (typeof value.type !== 'string' || !infoTypes.includes(value.type)) {
    fail(`"type" must be one of TAG, MACRO, CLIENT (got ${JSON.stringify(value.type)})`);
  }
  const contexts = value.containerContexts;
  if (!Array.isArray(contexts) || !contexts.every((c) => c === 'WEB' || c === 'SERVER')) {
    fail(`"containerContexts" must be a list of "WEB"/"SERVER" (got ${JSON.stringify(contexts)})`);
  }
  for (const key of ['id', 'displayName', 'description'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') fail(`"${key}" must be a string`);
  }
  return value as TemplateInfo;
}

function readPermissions(section: RawSection): PermissionEntry[] {
  const entries = readJsonArray(section);
  entries.forEach((entry, index) => {
    const instance = isRecord(entry) ? entry.instance : undefined;
    const key = isRecord(instance) ? instance.key : undefined;
    if (!isRecord(key) || typeof key.publicId !== 'string') {
      throw new SectionError(`entry ${index} has no instance.key.publicId`, section.bodyLine);
    }
    if (isRecord(instance) && instance.param !== undefined && !Array.isArray(instance.param)) {
      throw new SectionError(`entry ${index} (${key.publicId}): instance.param must be a list`, section.bodyLine);
    }
  });
  return entries as unknown as PermissionEntry[];
}

function readTests(section: RawSection): TemplateTests {
  let value: unknown;
  try {
    value = parseYaml(section.body);
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    const linePos = /at line (\d+)/.exec(first);
    const message = first.replace(/ at line \d+, column \d+:?$/, '');
    throw new SectionError(`invalid YAML: ${message}`, section.bodyLine + (linePos ? Number(linePos[1]) - 1 : 0));
  }
  if (value === null || value === undefined) return { scenarios: [], setup: '' };
  if (!isRecord(value)) throw new SectionError('expected a YAML mapping with "scenarios" and "setup"', section.bodyLine);
  const rawScenarios = value.scenarios ?? [];
  if (!Array.isArray(rawScenarios)) throw new SectionError('"scenarios" must be a list', section.bodyLine);
  const scenarios: TemplateScenario[] = rawScenarios.map((s: unknown, index: number) => {
    if (!isRecord(s) || typeof s.name !== 'string') {
      throw new SectionError(`scenario ${index} has no "name" string`, section.bodyLine);
    }
    const code = s.code ?? '';
    if (typeof code !== 'string') throw new SectionError(`scenario "${s.name}": "code" must be a string`, section.bodyLine);
    return { name: s.name, code };
  });
  const setup = value.setup ?? '';
  if (typeof setup !== 'string') throw new SectionError('"setup" must be a string', section.bodyLine);
  return { scenarios, setup };
}

