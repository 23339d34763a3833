#!/usr/bin/env node
// Shim: the runner is TypeScript; tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`… | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
