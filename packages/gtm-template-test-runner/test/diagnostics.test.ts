import test from 'ava';
import { formatDiagnostic } from '../src/diagnostics.ts';

test('formatDiagnostic - file:line:col with a 1-based column, rule and notes', (t) => {
  const text = formatDiagnostic({
    rule: 'no-new',
    text: '`new` is not available in sandboxed JavaScript',
    location: { file: 'template/main.ts', line: 12, column: 4, length: 3, lineText: '    new Foo();' },
    notes: [{ text: 'generated code', location: { file: 'template.js', line: 40, column: 0, length: 0, lineText: '' } }],
  });
  t.is(
    text,
    'template/main.ts:12:5: error: [no-new] `new` is not available in sandboxed JavaScript\n  template.js:40:1: note: generated code',
  );
});

test('formatDiagnostic - without a location', (t) => {
  t.is(formatDiagnostic({ rule: 'tpl-section', text: 'missing ___INFO___', location: undefined, notes: [] }), 'error: [tpl-section] missing ___INFO___');
});
