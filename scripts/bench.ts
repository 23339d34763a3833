/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (or only those named: `npm run bench -- tc-string`),
 * each in its own process so one cannot warm up or slow down another.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = fileURLToPath(new URL('./bench/', import.meta.url));
const available = readdirSync(directory).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3)).sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  process.stderr.write('bench: unknown benchmark(s) ' + unknown.join(', ') + '; available: ' + available.join(', ') + '\n');
  process.exit(2);
}
let failed = false;
for (const name of wanted.length > 0 ? wanted : available) {
  process.stdout.write('== ' + name + '\n');
  const result = spawnSync(process.execPath, ['--import', 'tsx', directory + name + '.ts'], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
