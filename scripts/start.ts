/**
 * `npm start`: builds both templates and prints what was built (sizes, fields, permissions, scenarios).
 * The end-to-end demo (local sGTM server, vendor sinks, a real page with a CMP) joins here later.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')], {
  cwd: root,
  stdio: 'inherit',
});
process.exitCode = build.status ?? 1;
