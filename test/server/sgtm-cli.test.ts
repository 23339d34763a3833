import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { startSink } from '../../scripts/sgtm/sinks.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const script = path.join(root, 'scripts', 'sgtm-server.ts');

test('npm run sgtm - a bad port is a usage error', (t) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--port', 'eighty'], { cwd: root, encoding: 'utf8' });
  t.is(result.status, 2);
  t.is(result.stderr, '--port: "eighty" is not a port number\nusage: npm run sgtm -- [--port N] [--tpl file.tpl] [--config file.json]\n');
});

test('npm run sgtm - hosts the client with the config file and forwards to a loopback vendor', async (t) => {
  const sink = await startSink('INFOnline');
  const dir = await mkdtemp(path.join(tmpdir(), 'sgtm-cli-'));
  const config = path.join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ data: { infonlineEndpoint: `${sink.origin}/tx.io` }, sendHttpUrls: ['http://127.0.0.1:*/'], debug: true }));
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0', '--config', config], { cwd: root });
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const found = /on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(buffer);
      if (found?.[1] !== undefined) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${String(code)}`)));
  });
  child.stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== '')));
  const response = await fetch(`${url}/iom?st=demo&cp=home&ct=0100810000`);
  t.is(response.status, 204);
  for (let i = 0; i < 500 && sink.received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  t.deepEqual(sink.received, [{ method: 'GET', url: '/tx.io?st=demo&cp=home&ct=0100810000', body: '' }]);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  t.is(await exited, 0);
  t.true(lines.some((line) => line === '[log] iom client: hit 1: INFOnline (730) forwarded: all needed purposes granted; granted [1,8]'), lines.join('\n'));
  await sink.close();
});
