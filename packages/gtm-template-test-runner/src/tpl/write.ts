/**
 * `writeTpl`: a `TemplateFile` as the text GTM's "Export" produces (research/gtm-sandbox.md §3.1):
 * each marker alone on a line, a blank line, the body, two blank lines before the next marker.
 * Deterministic: the same model always gives the same bytes (no BOM, `\n` line ends).
 */
import { Document, Scalar, isScalar, isPair, visit } from 'yaml';
import { codeSection, permissionsSection, type SectionName } from './sections.ts';
import type { TemplateFile, TemplateTests } from './types.ts';

export function writeTpl(file: TemplateFile): string {
  const parts: [SectionName, string][] = [];
  if (file.termsOfService !== undefined) parts.push(['___TERMS_OF_SERVICE___', file.termsOfService]);
  parts.push(['___INFO___', JSON.stringify(file.info, null, 2)]);
  parts.push(['___TEMPLATE_PARAMETERS___', JSON.stringify(file.parameters, null, 2)]);
  parts.push([codeSection[file.context], file.code]);
  parts.push([permissionsSection[file.context], JSON.stringify(file.permissions, null, 2)]);
  if (file.tests !== undefined) parts.push(['___TESTS___', writeTests(file.tests)]);
  if (file.notes !== undefined) parts.push(['___NOTES___', file.notes]);
  return parts.map(([marker, body]) => `${marker}\n\n${body}\n\n\n`).join('');
}

/** `___TESTS___` as GTM writes it: `scenarios` then `setup`, code as `|-` block scalars, `setup: ''` when empty. */
export function writeTests(tests: TemplateTests): string {
  const doc = new Document({
    scenarios: tests.scenarios.map((s) => ({ name: s.name, code: s.code })),
    setup: tests.setup,
  });
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) return;
      const key = pair.key.value;
      const value = pair.value.value;
      if ((key === 'code' || key === 'setup') && typeof value === 'string') {
        pair.value.type = value === '' ? Scalar.QUOTE_SINGLE : Scalar.BLOCK_LITERAL;
      }
    },
  });
  return doc.toString({ indentSeq: false, lineWidth: 0, singleQuote: true }).replace(/\n$/, '');
}
