/** The field preview (`npm run field-preview`): drawn from the built `.tpl`, so it shows every parameter there is. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import { parameterNames, readField } from '../../scripts/field-preview/fields.ts';
import { renderPreview } from '../../scripts/field-preview/render.ts';
import { previewOf, previews } from '../../scripts/field-preview.ts';
import type { TemplateInfo } from '../../packages/gtm-template-test-runner/src/tpl/types.ts';

const root = path.resolve(import.meta.dirname, '../..');

const dataNames = (html: string): string[] => [...html.matchAll(/data-name="([^"]*)"/g)].map((m) => m[1] ?? '');

const coversTemplate = test.macro({
  async exec(t, tpl: string, name: string) {
    const parsed = parseTpl(await readFile(path.join(root, tpl), 'utf8'), tpl);
    if (!parsed.ok) return t.fail(`${tpl} does not parse`);
    const preview = await previewOf(root, tpl, name);
    if (!preview.ok) return t.fail(preview.error.message);
    const names = parameterNames(parsed.value.parameters);
    // Every field, nested field and table column of the .tpl is drawn exactly once, and nothing else is.
    t.deepEqual(dataNames(preview.value.html).sort(), [...names].sort());
    t.true(names.length > 10);
    return undefined;
  },
  title: (_provided, tpl: string) => `previewOf - ${tpl}: every parameter name, once`,
});

for (const { tpl, name } of previews) test(coversTemplate, tpl, name);

test('previewOf - every help text, default and select option of template.tpl is on the page', async (t) => {
  const parsed = parseTpl(await readFile(path.join(root, 'template.tpl'), 'utf8'), 'template.tpl');
  const preview = await previewOf(root, 'template.tpl', 'web-template');
  if (!parsed.ok || !preview.ok) return t.fail('template.tpl');
  const html = preview.value.html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    for (const [key, value] of Object.entries(v)) {
      if (['help', 'displayName', 'displayValue', 'checkboxText', 'valueHint', 'newRowButtonText'].includes(key) && typeof value === 'string') strings.push(value);
      if (key === 'defaultValue' && typeof value === 'string') strings.push(value);
      walk(value);
    }
  };
  walk(parsed.value.parameters);
  t.deepEqual(strings.filter((s) => !html.includes(s)), []);
  return undefined;
});

const info: TemplateInfo = { type: 'TAG', id: 'x', version: 1, securityGroups: [], displayName: 'T <1>', description: 'D', containerContexts: ['WEB'], categories: ['ANALYTICS'] };

const draws = test.macro({
  exec(t, parameters: unknown[], fragments: string[]) {
    const html = renderPreview(info, parameters.flatMap((p) => readField(p) ?? []), 'x.tpl');
    t.deepEqual(fragments.filter((f) => !html.includes(f)), []);
  },
  title: (provided = '') => `renderPreview - ${provided}`,
});

const mode = { type: 'SELECT', name: 'mode', displayName: 'Mode', defaultValue: 'b', selectItems: [{ value: 'a', displayValue: 'Alpha' }, { value: 'b', displayValue: 'Beta' }] };
test('a select shows its default and lists every option with its value', draws, [mode], [
  '<div class="select">Beta<span class="caret">▾</span></div>',
  '<li>Alpha <code>a</code></li><li class="selected">Beta <code>b</code></li>',
]);
test('an enabling condition in the words of the field it depends on', draws, [mode, { type: 'TEXT', name: 'x', displayName: 'X', enablingConditions: [{ paramName: 'mode', paramValue: 'a', type: 'EQUALS' }] }], [
  '<span class="badge when">Shown when Mode is Alpha</span>',
]);
test('a checkbox condition, and a checkbox ticked by default', draws, [
  { type: 'CHECKBOX', name: 'on', checkboxText: 'Send it', defaultValue: true },
  { type: 'TEXT', name: 'url', displayName: 'URL', valueHint: 'https://x', enablingConditions: [{ paramName: 'on', paramValue: true, type: 'EQUALS' }] },
], [
  '<label class="checkbox"><input type="checkbox" disabled checked> Send it</label>',
  '<span class="badge when">Shown when Send it is ticked</span>',
  '<div class="input hint">https://x</div>',
]);
test('validators as phrases', draws, [{ type: 'TEXT', name: 'n', valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: ['^[0-9]+$'] }, { type: 'POSITIVE_NUMBER' }] }], [
  '<span class="badge rule">required</span><span class="badge rule">matches ^[0-9]+$</span><span class="badge rule">a number &gt; 0</span>',
]);
test('a group with its style, and text escaped', draws, [{ type: 'GROUP', name: 'g', displayName: 'G & H', groupStyle: 'ZIPPY_CLOSED', subParams: [{ type: 'TEXT', name: 'in', help: '<script>alert(1)</script>' }] }], [
  '<h2>G &amp; H <small>(collapsed by default)</small></h2>',
  '<p class="help">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
  '<title>T &lt;1&gt;: fields</title>',
]);
test('a simple table: column names and a row of defaults', draws, [{
  type: 'SIMPLE_TABLE', name: 't', newRowButtonText: 'Add one',
  simpleTableColumns: [{ name: 'k', displayName: 'Key', type: 'TEXT', defaultValue: 'dk' }, { name: 'v', displayName: 'Vendor', type: 'SELECT', defaultValue: '2', selectItems: [{ value: '1', displayValue: 'One' }, { value: '2', displayValue: 'Two' }] }],
}], [
  '<th data-name="k">Key<br><code>k</code></th><th data-name="v">Vendor<br><code>v</code></th>',
  '<tr class="new-row"><td>dk</td><td>One / <b>Two</b></td></tr>',
  '<button disabled>Add one</button>',
]);

test('readField - not a field', (t) => {
  t.is(readField({ type: 'TEXT' }), undefined);
  t.is(readField('TEXT'), undefined);
  t.is(readField(null), undefined);
});
