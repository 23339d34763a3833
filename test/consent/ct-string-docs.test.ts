import test from 'ava';
import { readFileSync } from 'node:fs';
import { encodeCt } from '../../consent/ct-string.ts';
import { run } from '../../scripts/ct-string/commands.ts';

/**
 * docs/ct-string.md: every `$ ct-string …` line in a console block is run, and what it prints must be exactly
 * the lines that follow it.
 */
const doc = readFileSync(new URL('../../docs/ct-string.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1]);

interface Example {
  command: string;
  expected: string;
}

const examples: Example[] = [];
for (const block of blocks) {
  for (const chunk of block.split(/^(?=\$ )/m)) {
    const [first, ...rest] = chunk.split('\n');
    examples.push({ command: first.slice(2), expected: rest.join('\n') });
  }
}

test('docs/ct-string.md - has examples', (t) => {
  t.true(examples.length >= 14, 'found ' + examples.length);
});

/** Long TC strings shortened so titles stay readable (the example number keeps them unique). */
const shorten = (command: string) => command.split(' ').map((word) => (word.length > 24 ? word.slice(0, 10) + '…' : word)).join(' ');

examples.forEach(({ command, expected }, index) => {
  test('docs/ct-string.md - example ' + (index + 1) + ': ' + shorten(command), (t) => {
    const args = command.split(/\s+/);
    t.is(args[0], 'ct-string');
    const outcome = run(args.slice(1));
    if ('batch' in outcome) return t.fail('batch examples are not run here');
    t.is(outcome.stdout + outcome.stderr, expected);
    t.is(outcome.code, outcome.stderr === '' ? 0 : 2);
  });
});

test('docs/ct-string.md - the encodeCt example of the API section', (t) => {
  t.true(doc.includes("encodeCt({ cmp: 'tcf', vendors: { '730': [1, 8] }, specialFeatures: { '730': [2] } })` → `{ ok: true, value: '0108810000' }`"));
  t.deepEqual(encodeCt({ cmp: 'tcf', vendors: { '730': [1, 8] }, specialFeatures: { '730': [2] } }), { ok: true, value: '0108810000' });
});
