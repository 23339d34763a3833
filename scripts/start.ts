/**
 * `npm start`: builds both templates, starts five vendor sinks and the local sGTM server hosting the client, then
 * for each consent choice opens a page with a real CMP in headless Chromium, where the compiled web template sends
 * its hit to the server container (here: the local sGTM server), and prints what each vendor received.
 * Without Chromium (or the browser page builder) it sends the web template's hits itself and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from './browser/chromium.ts';
import { DEMO_CHOICES } from './demo/choices.ts';
import { describeReceived, counts } from './demo/report.ts';
import { DISCLOSED, IDENTIFIER_COOKIES, IDENTITY_VISITORS, WEB_IDENTIFIERS, identityReasons, identityServerData } from './demo/identity.ts';
import { allowCookies, allowQueryParameters } from './publisher-edits.ts';
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

// As the publisher does after import: the client may read the identifier query parameters the web tag sends.
const clientDir = await mkdtemp(path.join(tmpdir(), 'npm-start-'));
const clientTpl = path.join(clientDir, 'template.tpl');
await writeFile(clientTpl, allowQueryParameters(await readFile(path.join(root, 'server-client', 'template.tpl'), 'utf8'), IDENTIFIER_COOKIES));
// The client's debug log is the audit trail of the identity part (which id went where, and why not).
const serverLog: string[] = [];
const stack = await startStack({
  tplFile: clientTpl,
  responseType: 'pixel',
  debug: true,
  onLog: (args) => serverLog.push(args.map(String).join(' ')),
  extraData: (sinks) => identityServerData((sinks.CRM as { origin: string }).origin),
  onError: (message) => process.stderr.write(`[sGTM error] ${message}\n`),
});
out();
out(`local sGTM server (stand-in for a server container): ${stack.server.url}/iom`);
for (const [name, sink] of Object.entries(stack.sinks)) out(`vendor sink ${name.padEnd(10)} ${sink.origin}`);

const useBrowser = existsSync(CHROMIUM_PATH);
let flow: Awaited<ReturnType<typeof import('./demo/browser-flow.ts').startBrowserFlow>> | undefined;
if (useBrowser) {
  const { startBrowserFlow } = await import('./demo/browser-flow.ts');
  // As the publisher does after import: the tag may read the identifier cookies (its get_cookies permission).
  flow = await startBrowserFlow(allowCookies(await readFile(path.join(root, 'template.tpl'), 'utf8'), IDENTIFIER_COOKIES), stack.server.url);
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

out();
out(`Identity linking: the analytics client id (cookie ga_cid) may go to the CRM and the CRM contact id (cookie crm_id)`);
out(`to the CRM and the analytics vendor, each needing purposes 1 and 9 from a decision made on or after ${DISCLOSED}`);
out('(when the publisher disclosed this use); the CRM gets a link event when both ids may go to it.');
for (const visitor of IDENTITY_VISITORS) {
  const tcString = makeTcString(visitor.tc);
  const before = counts(stack.sinks);
  const logFrom = serverLog.length;
  out();
  out(`Visitor ${visitor.title}; cookies ${Object.entries(visitor.cookies).map(([name, value]) => `${name}=${value}`).join(', ')}`);
  if (flow !== undefined) {
    const visit = await flow.visit(tcString, { cookies: visitor.cookies, data: { identifiers: WEB_IDENTIFIERS } });
    out(`  web template: ${visit.outcome}; hits to the server container: ${visit.hits.length}`);
  } else {
    const query = new URLSearchParams({ st: 'demo', cp: 'home', co: 'npm start', ct: '0100810141', sv: 'in', gdpr: '1', gdpr_consent: tcString, ...visitor.cookies });
    const response = await fetch(`${stack.server.url}/iom?${query.toString()}`);
    out(`  hit sent by the demo (not by the web template): HTTP ${response.status}`);
  }
  await stack.settle();
  out('  what each vendor received:');
  for (const line of describeReceived(stack.sinks, before)) out(line);
  out('  why (the server client\'s debug log):');
  for (const line of identityReasons(serverLog.slice(logFrom))) out(`    ${line}`);
}

await flow?.close();
await stack.close();
await rm(clientDir, { recursive: true, force: true });
out();
out('done: each vendor received a hit only for the purposes the visitor granted it, and only its own fields;');
out('identifiers went only where their own purposes were granted, from a decision made after that use was disclosed.');
