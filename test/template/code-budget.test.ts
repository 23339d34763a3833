/**
 * The web tag's code section (`___SANDBOXED_JS_FOR_WEB_TEMPLATE___` of template.tpl, readable, not minified)
 * stays within its byte budget. `npm run check:templates` makes sure the committed template.tpl is what
 * `npm run build` produces, so the bytes measured here are the build's.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Issue 5 asks for at most 8,192 bytes. The tag is not there: at 15,677 bytes (16,042 before the printer put short
 * objects on one line and the last cuts; 15,569 before the banner wait, Consent Mode changes and identifiers were
 * added) about 5.8 KB are the consent core's general rules (consent/tag.ts, its own budget in
 * test/consent/tag-budget.test.ts), 0.7 KB the API requires, 1.4 KB the run-time config checks, 1.5 KB the TCF
 * reader, 1.6 KB measurement and 3.9 KB the flow (main.ts). This ceiling only holds the ground gained: lower it as
 * the code shrinks, never raise it without a reason in the commit (15,677 -> 15,699: identifier rows may not be
 * named `uid`, a hit field the server client forwards outside the identifier rules).
 */
const BUDGET = 15699;
const TARGET = 8192;

test('template.tpl - the code section is within its byte budget', async (t) => {
  const parsed = parseTpl(await readFile(root + 'template.tpl', 'utf8'), 'template.tpl');
  if (!parsed.ok) return t.fail('template.tpl does not parse');
  const bytes = Buffer.byteLength(parsed.value.code, 'utf8');
  t.log('web tag code: ' + bytes + ' bytes (budget ' + BUDGET + ', target ' + TARGET + ')');
  t.true(bytes <= BUDGET, bytes + ' bytes > ' + BUDGET);
});
