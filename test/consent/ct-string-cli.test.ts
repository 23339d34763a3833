import test from 'ava';
import type { ExecutionContext } from 'ava';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../scripts/ct-string/commands.ts';

const BIN = fileURLToPath(new URL('../../bin/ct-string.js', import.meta.url));
const TCDATA = fileURLToPath(new URL('../fixtures/tcdata-730-785.json', import.meta.url));
// Made by @iabtechlabtcf/core: P1, P7, P8, P9 consented; 730 and 785 consented; P8 not allowed for 730.
const RESTRICTED = 'CQuIxQAQuIxQAAKADCENAtEgAIOAAAAAAAYgGIwAgFtAMRAAAACQAAgLaAAA.IGIwAgFtAMRA.YAAAAAAAAAAA';

/** Titles name long arguments by role. */
function show(args: string[]): string {
  return args.map((arg) => (arg === RESTRICTED ? '<TC>' : arg === TCDATA ? '<tcdata.json>' : arg)).join(' ');
}

function ctString(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Spawns the bin when `spawn` is set; otherwise runs the same `run` in-process (spawning costs ~0.5 s each). */
const prints = test.macro({
  exec(t: ExecutionContext, args: string[], stdout: string, spawn = false) {
    if (spawn) t.deepEqual(ctString(args), { status: 0, stdout, stderr: '' });
    else t.deepEqual(run(args), { code: 0, stdout, stderr: '' });
  },
  title: (provided, args: string[]) => 'ct-string ' + show(args) + (provided ? ' - ' + provided : ''),
});

/** Argument errors are checked in-process (the same `run` the bin calls); two are also spawned below. */
const refuses = test.macro({
  exec(t: ExecutionContext, args: string[], stderr: string) {
    t.deepEqual(run(args), { code: 2, stdout: '', stderr: 'ct-string: ' + stderr + '\n' });
  },
  title: (provided, args: string[]) => 'ct-string ' + show(args) + ' - exits 2' + (provided ? ': ' + provided : ''),
});

test('spawned', prints, ['decode', '0000800141'], '{"cmp":"none","vendors":{"730":[8],"785":[1,7,9]},"specialFeatures":{"730":[],"785":[]}}\n', true);
test(prints, ['decode', '010C810141'], '{"cmp":"tcf","vendors":{"730":[1,8],"785":[1,7,9]},"specialFeatures":{"730":[1,2],"785":[]}}\n');
test('spawned', prints, ['encode', '--tc-string', RESTRICTED], '0100010141\n', true);
test(prints, ['encode', '--tc-string', RESTRICTED, '--encoding', 'compatible'], '0101c101c1\n');
test(prints, ['encode', '--tc-string', RESTRICTED, '--gdpr-applies', 'false'], '0100000000\n');
test('spawned', prints, ['encode', '--tcdata', TCDATA], '0100810141\n', true);
test(prints, ['encode', '--tcdata', TCDATA, '--encoding', 'compatible'], '0109c109c1\n');

test('ct-string decode 01008000141 - the spawned bin exits 2 with the message on stderr', (t) => {
  t.deepEqual(ctString(['decode', '01008000141']), {
    status: 2, stdout: '', stderr: 'ct-string: ct "01008000141": 11 characters, expected 10\n',
  });
});
test('ct-string tc <v1 string> - the spawned bin exits 2 with the message on stderr', (t) => {
  t.deepEqual(ctString(['tc', 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA']), {
    status: 2, stdout: '', stderr: 'ct-string: TC string: version 1 is not supported (expected 2)\n',
  });
});
test(refuses, ['decode', '01008g0141'], 'ct "01008g0141": "g" at 5 is not hex');
test(refuses, ['decode'], 'expected exactly one ct string, got 0');
test(refuses, ['tc', 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA'], 'TC string: version 1 is not supported (expected 2)');
test(refuses, ['encode', '--tc-string', 'CQuIxQAQ'], 'TC string: segment ends inside useNonStandardTexts (bit 139)');
test(refuses, ['encode', '--tc-string', RESTRICTED, '--encoding', 'full'], '--encoding must be minimal or compatible, got "full"');
test(refuses, ['encode', '--tc-string', RESTRICTED, '--gdpr-applies', 'yes'], '--gdpr-applies must be true or false, got "yes"');
test(refuses, ['encode'], 'encode needs exactly one of --tc-string, --tcdata, --batch');
test(refuses, ['encode', '--tcdata', '/nonexistent/tcdata.json'], 'cannot read tcData from /nonexistent/tcdata.json: ENOENT: no such file or directory, open \'/nonexistent/tcdata.json\'');
test(refuses, ['encode', '--tcdata', TCDATA, '--gdpr-applies', 'true'], '--gdpr-applies applies to TC strings; a tcData object carries its own gdprApplies');

test('ct-string tc - prints the decoded TC string as JSON', (t) => {
  const result = ctString(['tc', RESTRICTED]);
  t.is(result.status, 0);
  const decoded = JSON.parse(result.stdout) as { cmpId: number; publisherRestrictions: unknown; disclosedVendors: number[] };
  t.is(decoded.cmpId, 10);
  t.deepEqual(decoded.publisherRestrictions, [{ purposeId: 8, restrictionType: 0, vendors: [{ start: 730, end: 730 }] }]);
  t.deepEqual(decoded.disclosedVendors, [730, 785]);
});

test('ct-string unknown - exits 2 with the usage', (t) => {
  const result = ctString(['frobnicate']);
  t.is(result.status, 2);
  t.true(result.stderr.startsWith('ct-string: unknown command "frobnicate"\nusage:\n'));
});

test('ct-string encode --batch - one line out per line in, errors in place, 100,000 lines', (t) => {
  const lines: string[] = [];
  for (let i = 0; i < 100000; i++) lines.push(i % 10000 === 5 ? 'C!' : RESTRICTED);
  lines[7] = RESTRICTED + '\r';
  const result = ctString(['encode', '--batch', '--encoding', 'minimal'], lines.join('\n') + '\n');
  t.is(result.status, 0);
  t.is(result.stderr, '');
  const out = result.stdout.split('\n');
  t.is(out.length, 100001);
  t.is(out[100000], '');
  t.is(out[0], '0100010141');
  t.is(out[7], '0100010141');
  t.is(out[5], 'error: TC string: segment ends inside useNonStandardTexts (bit 139)');
  t.is(out.filter((line) => line === '0100010141').length, 99990);
});
