/**
 * The fields of a built `.tpl` as the preview draws them. Read from `___TEMPLATE_PARAMETERS___` through the runner's
 * parser, never from `fields.ts`, so the preview shows exactly what GTM imports (research/gtm-sandbox.md §3.3).
 */
import { formatDiagnostic } from '../../packages/gtm-template-test-runner/src/diagnostics.ts';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import type { TemplateInfo } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';

export interface Option {
  value: string;
  label: string;
}

export interface Condition {
  paramName: string;
  type: string;
  paramValue: string | boolean | undefined;
}

export interface PreviewField {
  type: string;
  name: string;
  label: string | undefined;
  help: string | undefined;
  defaultValue: string | boolean | number | undefined;
  valueHint: string | undefined;
  checkboxText: string | undefined;
  groupStyle: string | undefined;
  newRowButtonText: string | undefined;
  options: Option[];
  validators: string[];
  conditions: Condition[];
  subParams: PreviewField[];
  /** Table columns, as fields (a SIMPLE_TABLE column or a PARAM_TABLE column's `param`). */
  columns: PreviewField[];
}

export type Read = { ok: true; value: { info: TemplateInfo; fields: PreviewField[] } } | { ok: false; error: { code: 'tpl'; message: string } };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A validator as one short phrase: `NON_EMPTY` -> "required", `REGEX` -> "matches ^…$". */
function describeValidator(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  const args = list(v['args']).map(String);
  switch (v['type']) {
    case 'NON_EMPTY': return 'required';
    case 'REGEX': return `matches ${args.join(' ')}`;
    case 'NUMBER': return 'a number';
    case 'POSITIVE_NUMBER': return 'a number > 0';
    case 'NON_NEGATIVE_NUMBER': return 'a number ≥ 0';
    case 'STRING_LENGTH': return `${args.join('–')} characters`;
    default: return typeof v['type'] === 'string' ? v['type'].toLowerCase().replace(/_/g, ' ') : undefined;
  }
}

function readOptions(v: unknown): Option[] {
  return list(v).flatMap((o) => (isRecord(o) && typeof o['value'] === 'string' ? [{ value: o['value'], label: text(o['displayValue']) ?? o['value'] }] : []));
}

export function readField(v: unknown): PreviewField | undefined {
  if (!isRecord(v) || typeof v['type'] !== 'string' || typeof v['name'] !== 'string') return undefined;
  const dv = v['defaultValue'];
  const simpleColumns = list(v['simpleTableColumns']).map((c) => (isRecord(c) ? { ...c, type: c['type'] ?? 'TEXT' } : c));
  const paramColumns = list(v['paramTableColumns']).map((c) => (isRecord(c) ? c['param'] : undefined));
  return {
    type: v['type'],
    name: v['name'],
    label: text(v['displayName']),
    help: text(v['help']),
    defaultValue: typeof dv === 'string' || typeof dv === 'boolean' || typeof dv === 'number' ? dv : undefined,
    valueHint: text(v['valueHint']),
    checkboxText: text(v['checkboxText']),
    groupStyle: text(v['groupStyle']),
    newRowButtonText: text(v['newRowButtonText']),
    options: readOptions(v['selectItems'] ?? v['radioItems']),
    validators: list(v['valueValidators']).flatMap((x) => describeValidator(x) ?? []),
    conditions: list(v['enablingConditions']).flatMap((c) =>
      isRecord(c) && typeof c['paramName'] === 'string'
        ? [{ paramName: c['paramName'], type: text(c['type']) ?? 'EQUALS', paramValue: typeof c['paramValue'] === 'string' || typeof c['paramValue'] === 'boolean' ? c['paramValue'] : undefined }]
        : [],
    ),
    subParams: list(v['subParams']).flatMap((s) => readField(s) ?? []),
    columns: [...simpleColumns, ...paramColumns].flatMap((c) => readField(c) ?? []),
  };
}

/** Info and fields of a `.tpl` text. */
export function readTemplateFields(tplText: string, fileName: string): Read {
  const parsed = parseTpl(tplText, fileName);
  if (!parsed.ok) return { ok: false, error: { code: 'tpl', message: parsed.diagnostics.map(formatDiagnostic).join('\n') } };
  return { ok: true, value: { info: parsed.value.info, fields: parsed.value.parameters.flatMap((p) => readField(p) ?? []) } };
}

/** Every `name` in the parameters: fields, nested fields and table columns, in order. */
export function parameterNames(parameters: readonly unknown[]): string[] {
  return parameters.flatMap((p) => {
    if (!isRecord(p)) return [];
    const own = typeof p['name'] === 'string' ? [p['name']] : [];
    const columns = [...list(p['simpleTableColumns']), ...list(p['paramTableColumns']).map((c) => (isRecord(c) ? c['param'] : undefined))];
    return [...own, ...parameterNames(list(p['subParams'])), ...parameterNames(columns)];
  });
}
