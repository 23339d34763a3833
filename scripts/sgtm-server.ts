/**
 * `npm run sgtm -- [--port N] [--tpl file] [--config file.json]`: the local sGTM server (scripts/sgtm/server.ts)
 * hosting a client template, by default server-client/template.tpl on port 8080. Production runs the client in
 * Google's server container; this is its local stand-in.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSgtmServer, type SgtmConfig } from './sgtm/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = 'usage: npm run sgtm -- [--port N] [--tpl file.tpl] [--config file.json]\n';

let values: { port?: string; tpl?: string; config?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, tpl: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (values.help === true) {
  process.stdout.write(usage);
  process.exit(0);
}
const port = values.port === undefined ? 8080 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port: "${values.port}" is not a port number\n${usage}`);
  process.exit(2);
}
let config: SgtmConfig = {};
if (values.config !== undefined) {
  const parsed: unknown = JSON.parse(await readFile(values.config, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    process.stderr.write(`--config: ${values.config} does not hold a JSON object\n`);
    process.exit(2);
  }
  config = parsed as SgtmConfig;
}
const tplFile = values.tpl ?? path.join(root, 'server-client', 'template.tpl');
const server = await startSgtmServer({
  tplFile,
  port,
  config,
  onLog: (args) => process.stdout.write(`[log] ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`),
  onError: (message) => process.stderr.write(`[error] ${message}\n`),
  onEvent: (event) => process.stdout.write(`[runContainer] ${JSON.stringify(event)}\n`),
});
process.stdout.write(`local sGTM server (stand-in for a server container) hosting ${path.relative(root, tplFile)} on ${server.url}\n`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
