/**
 * One static HTML page per template that draws its fields roughly as GTM's tag editor does: groups, labels,
 * inputs holding their defaults, select options, checkboxes, tables, and, written out where GTM hides them behind
 * a "?" or applies them silently, the help texts, the validators and the enabling conditions. No script, no
 * network: the page is the same bytes for the same `.tpl`.
 */
import type { TemplateInfo } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';
import type { Condition, PreviewField } from './fields.ts';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Lookup = ReadonlyMap<string, PreviewField>;

function index(fields: readonly PreviewField[], into = new Map<string, PreviewField>()): Map<string, PreviewField> {
  for (const f of fields) {
    into.set(f.name, f);
    index(f.subParams, into);
  }
  return into;
}

/** "Shown when Consent source is Manual ct string": the condition in the words of the field it depends on. */
function describeCondition(c: Condition, lookup: Lookup): string {
  const target = lookup.get(c.paramName);
  const name = target?.label ?? target?.checkboxText ?? c.paramName;
  const value =
    typeof c.paramValue === 'boolean'
      ? (c.paramValue ? 'ticked' : 'not ticked')
      : (target?.options.find((o) => o.value === c.paramValue)?.label ?? String(c.paramValue));
  const verbs: Record<string, string> = { EQUALS: 'is', NOT_EQUALS: 'is not' };
  return c.type === 'PRESENT' ? `${name} is set` : `${name} ${verbs[c.type] ?? c.type.toLowerCase()} ${value}`;
}

function notes(f: PreviewField, lookup: Lookup): string {
  const parts = [
    ...f.conditions.map((c) => `<span class="badge when">Shown when ${escapeHtml(describeCondition(c, lookup))}</span>`),
    ...f.validators.map((v) => `<span class="badge rule">${escapeHtml(v)}</span>`),
  ];
  const help = f.help === undefined ? '' : `<p class="help">${escapeHtml(f.help)}</p>`;
  return `${parts.length > 0 ? `<div class="badges">${parts.join('')}</div>` : ''}${help}`;
}

const shownValue = (f: PreviewField): string => (f.defaultValue === undefined ? '' : String(f.defaultValue));

function control(f: PreviewField): string {
  switch (f.type) {
    case 'SELECT':
    case 'RADIO': {
      const selected = shownValue(f) || f.options[0]?.value;
      if (f.type === 'RADIO') {
        return f.options
          .map((o) => `<label class="radio"><input type="radio" disabled${o.value === selected ? ' checked' : ''}> ${escapeHtml(o.label)}</label>`)
          .join('');
      }
      const items = f.options.map((o) => `<li${o.value === selected ? ' class="selected"' : ''}>${escapeHtml(o.label)} <code>${escapeHtml(o.value)}</code></li>`);
      const current = f.options.find((o) => o.value === selected)?.label ?? '';
      return `<div class="select">${escapeHtml(current)}<span class="caret">▾</span></div><ul class="options">${items.join('')}</ul>`;
    }
    case 'CHECKBOX':
      return `<label class="checkbox"><input type="checkbox" disabled${f.defaultValue === true ? ' checked' : ''}> ${escapeHtml(f.checkboxText ?? f.label ?? f.name)}</label>`;
    case 'SIMPLE_TABLE':
    case 'PARAM_TABLE': {
      const head = f.columns.map((c) => `<th data-name="${escapeHtml(c.name)}">${escapeHtml(c.label ?? c.name)}<br><code>${escapeHtml(c.name)}</code>${c.validators.length > 0 ? `<br><small>${escapeHtml(c.validators.join(', '))}</small>` : ''}</th>`);
      // A row of defaults (GTM's "new row") shows what a user starts from; option columns list their choices.
      const row = f.columns.map((c) => {
        const value = c.options.length > 0 ? c.options.map((o) => (o.value === shownValue(c) ? `<b>${escapeHtml(o.label)}</b>` : escapeHtml(o.label))).join(' / ') : escapeHtml(shownValue(c));
        return `<td>${value}</td>`;
      });
      return `<table><thead><tr>${head.join('')}</tr></thead><tbody><tr class="new-row">${row.join('')}</tr></tbody></table><button disabled>${escapeHtml(f.newRowButtonText ?? 'Add row')}</button>`;
    }
    case 'LABEL':
      return '';
    default:
      return `<div class="input${f.defaultValue === undefined ? ' hint' : ''}">${escapeHtml(f.defaultValue === undefined ? (f.valueHint ?? '') : shownValue(f))}</div>`;
  }
}

const groupStyles: Record<string, string> = {
  NO_ZIPPY: 'always open',
  ZIPPY_OPEN: 'open by default',
  ZIPPY_CLOSED: 'collapsed by default',
  ZIPPY_OPEN_ON_PARAM: 'opens when set',
};

function renderField(f: PreviewField, lookup: Lookup): string {
  if (f.type === 'GROUP') {
    const style = f.groupStyle === undefined ? '' : ` <small>(${escapeHtml(groupStyles[f.groupStyle] ?? f.groupStyle)})</small>`;
    return `<section class="group" data-name="${escapeHtml(f.name)}"><h2>${escapeHtml(f.label ?? f.name)}${style}</h2>${notes(f, lookup)}${f.subParams.map((s) => renderField(s, lookup)).join('')}</section>`;
  }
  const label = f.type === 'CHECKBOX' || f.label === undefined ? '' : `<div class="label">${escapeHtml(f.label)}</div>`;
  const nested = f.subParams.length > 0 ? `<div class="nested">${f.subParams.map((s) => renderField(s, lookup)).join('')}</div>` : '';
  return `<div class="field" data-name="${escapeHtml(f.name)}">${label}${control(f)}<div class="meta"><code>${escapeHtml(f.name)}</code></div>${notes(f, lookup)}${nested}</div>`;
}

const style = `
body { font: 14px/1.45 Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #202124; background: #f1f3f4; margin: 0; padding: 24px; }
main { max-width: 820px; margin: 0 auto; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.2); padding: 24px 32px; }
header { border-bottom: 1px solid #dadce0; margin-bottom: 12px; }
header + .group { border-top: 0; }
header h1 { font-size: 20px; font-weight: 500; margin: 0 0 4px; }
header p { margin: 0 0 4px; color: #5f6368; }
.source { font-size: 12px; color: #80868b; margin-bottom: 8px; }
.group { border-top: 1px solid #dadce0; padding: 12px 0 4px; }
.group h2 { font-size: 16px; font-weight: 500; margin: 0 0 8px; }
.group h2 small { font-weight: 400; color: #80868b; font-size: 12px; }
.field { margin: 0 0 16px; }
.label { font-size: 12px; color: #5f6368; margin-bottom: 2px; }
.input, .select { border: 0; border-bottom: 1px solid #80868b; background: #f8f9fa; padding: 6px 8px; min-height: 20px; max-width: 520px; }
.input.hint { color: #9aa0a6; font-style: italic; }
.select { display: flex; justify-content: space-between; }
.caret { color: #5f6368; }
.options { margin: 4px 0 0; padding: 0 0 0 20px; color: #5f6368; font-size: 12px; }
.options li.selected { color: #1a73e8; }
.options code, .meta code { font-size: 11px; color: #80868b; }
.meta { margin-top: 2px; }
.checkbox, .radio { display: block; }
.badges { margin: 4px 0 0; }
.badge { display: inline-block; font-size: 11px; border-radius: 10px; padding: 1px 8px; margin: 0 4px 2px 0; }
.badge.when { background: #e8f0fe; color: #1967d2; }
.badge.rule { background: #fce8e6; color: #a50e0e; font-family: monospace; }
.help { font-size: 12px; color: #5f6368; margin: 4px 0 0; max-width: 680px; }
.nested { margin-left: 24px; }
table { border-collapse: collapse; font-size: 12px; margin: 4px 0; width: 100%; }
th, td { border: 1px solid #dadce0; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f8f9fa; font-weight: 500; }
th small { color: #a50e0e; font-weight: 400; font-family: monospace; }
th code { font-size: 11px; color: #80868b; font-weight: 400; }
button { font: inherit; font-size: 12px; color: #1a73e8; background: none; border: 1px solid #dadce0; border-radius: 4px; padding: 4px 10px; }
`;

/** The whole page. `source` names the `.tpl` it was read from. */
export function renderPreview(info: TemplateInfo, fields: readonly PreviewField[], source: string): string {
  const lookup = index(fields);
  const kind = info.type === 'CLIENT' ? 'Client' : info.type === 'MACRO' ? 'Variable' : 'Tag';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(info.displayName)}: fields</title>
<style>${style}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(info.displayName)}</h1>
<p>${escapeHtml(info.description)}</p>
<p class="source">${kind} template · ${escapeHtml((info.categories ?? []).join(', '))} · generated from <code>${escapeHtml(source)}</code> by <code>npm run field-preview</code>; defaults filled in, help, rules and conditions written out</p>
</header>
${fields.map((f) => renderField(f, lookup)).join('\n')}
</main>
</body>
</html>
`;
}
