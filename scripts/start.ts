/**
 * `npm start`: builds both templates, starts five vendor sinks and the local sGTM server hosting the client, then
 * for each consent choice opens a page with a real CMP in headless Chromium, where the compiled web template sends
 * its hit to the server container (here: the local sGTM server), and prints what each vendor received.
 * Without Chromium (or the browser page builder) it sends the web template's hits itself and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_PATH } from './browser/chromium.ts';
import { DEMO_CHOICES } from './demo/choices.ts';
import { describeReceived, counts } from './demo/report.ts';
import { startStack } from './sgtm/stack.ts';
import { makeTcString } from './sgtm/tc-strings.ts';
import { encodeCt } from '../consent/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = (line = ''): void => void process.stdout.write(`${line}\n`);

// `npm start -- --no-build` runs the demo on the .tpl files as they are.
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('npm start: the build failed; fix it first (npm run build)\n');
    process.exit(1);
  }
}

const stack = await startStack({ responseType: 'pixel', onError: (message) => process.stderr.write(`[sGTM error] ${message}\n`) });
out();
out(`local sGTM server (stand-in for a server container): ${stack.server.url}/iom`);
for (const [name, sink] of Object.entries(stack.sinks)) out(`vendor sink ${name.padEnd(10)} ${sink.origin}`);

const useBrowser = existsSync(CHROMIUM_PATH);
let flow: Awaited<ReturnType<typeof import('./demo/browser-flow.ts').startBrowserFlow>> | undefined;
if (useBrowser) {
  const { startBrowserFlow } = await import('./demo/browser-flow.ts');
  flow = await startBrowserFlow(await readFile(path.join(root, 'template.tpl'), 'utf8'), stack.server.url);
  out('flow: page with a real IAB CMP in headless Chromium -> web template (template.tpl) -> local sGTM server -> vendor sinks');
} else {
  out(`flow: no Chromium at ${CHROMIUM_PATH}: this demo sends the hits the web template would send itself -> local sGTM server -> vendor sinks`);
}

for (const choice of DEMO_CHOICES) {
  const tcString = makeTcString(choice.tc);
  const before = counts(stack.sinks);
  out();
  out(`Consent choice: ${choice.title}`);
  if (flow !== undefined) {
    const visit = await flow.visit(tcString);
    const sent = visit.hits.map((search) => new URLSearchParams(search));
    out(`  web template: ${visit.outcome}; hits to the server container: ${sent.length}` +
      (sent[0] === undefined ? '' : ` (ct=${sent[0].get('ct') ?? ''}, gdpr=${sent[0].get('gdpr') ?? ''})`));
  } else {
    const ct = encodeCt({ cmp: 'tcf', vendors: { 730: choice.tc.vendorConsents.includes(730) ? choice.tc.purposeConsents.filter((p) => p === 1 || p === 8) : [],
      785: choice.tc.vendorConsents.includes(785) ? choice.tc.purposeConsents.filter((p) => p === 1 || p === 7 || p === 9) : [] }, specialFeatures: {} });
    const query = new URLSearchParams({ st: 'demo', cp: 'home', co: 'npm start', ct: ct.ok ? ct.value : '0000000000', sv: 'in', gdpr: '1', gdpr_consent: tcString, url: 'https://www.example.de/article', ref: '' });
    const response = await fetch(`${stack.server.url}/iom?${query.toString()}`);
    out(`  hit sent by the demo (not by the web template): HTTP ${response.status}`);
  }
  await stack.settle();
  out('  what each vendor received:');
  for (const line of describeReceived(stack.sinks, before)) out(line);
}

await flow?.close();
await stack.close();
out();
out('done: each vendor received a hit only for the purposes the visitor granted it, and only its own fields.');
