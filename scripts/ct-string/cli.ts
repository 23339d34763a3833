/** Entry point of `ct-string` (bin/ct-string.js): runs a command, writes its output once, sets the exit code. */
import { run, runBatch } from './commands.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const outcome = run(process.argv.slice(2));
if ('batch' in outcome) {
  process.stdout.write(runBatch(await readStdin(), outcome.batch));
} else {
  if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
  if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
