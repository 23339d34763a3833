import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesMarkdown } from '../../src/dialect/rules-markdown.ts';
import { serverApiNames, webApiNames } from '../../src/dialect/apis.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

test('docs/sandbox-rules.md - is what the rule table generates (npx tsx scripts/sandbox-check.ts --rules)', (t) => {
  t.is(readFileSync(`${root}docs/sandbox-rules.md`, 'utf8'), rulesMarkdown());
});

/** Member names of `interface <name> { ... }` in a d.ts (two-space indented members). */
function interfaceMembers(file: string, name: string): string[] {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const start = text.indexOf(`interface ${name} {`);
  const end = text.indexOf('\n}', start);
  const body = text.slice(start, end);
  return [...new Set([...body.matchAll(/^ {2}(\w+)[(:<]/gm)].map((m) => m[1] as string))].sort();
}

test('typings - types/web.d.ts types exactly the web APIs the validator accepts', (t) => {
  t.deepEqual(interfaceMembers('types/web.d.ts', 'WebApis'), [...webApiNames].sort());
});

test('typings - types/server.d.ts types exactly the server APIs the validator accepts', (t) => {
  t.deepEqual(interfaceMembers('types/server.d.ts', 'ServerApis'), [...serverApiNames].sort());
});
