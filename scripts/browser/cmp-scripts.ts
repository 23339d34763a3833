/**
 * A real TCF CMP for test pages: the IAB stub (`@iabtechlabtcf/stub`, which queues calls made before the CMP loads)
 * and the IAB `CmpApi` (`@iabtechlabtcf/cmpapi`), bundled for the browser once per process.
 * Pages drive it with `window.testCmp.update(tcString | null | '', uiVisible)` exactly as a CMP does.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

let cached: Promise<{ stub: string; cmpApi: string }> | undefined;

export function cmpScripts(): Promise<{ stub: string; cmpApi: string }> {
  cached ??= (async () => {
    const stub = await readFile(require.resolve('@iabtechlabtcf/stub'), 'utf8');
    const result = await build({
      stdin: {
        contents: "import { CmpApi } from '@iabtechlabtcf/cmpapi'; Object.assign(window, { IabCmpApi: CmpApi });",
        loader: 'ts',
        resolveDir: import.meta.dirname,
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const cmpApi = result.outputFiles[0]?.text;
    if (cmpApi === undefined) throw new Error('esbuild produced no CmpApi bundle');
    return { stub, cmpApi };
  })();
  return cached;
}

/** The page snippet that installs a CmpApi (cmpId ≥ 2 is required by the IAB library) as `window.testCmp`. */
export function installCmpSnippet(cmpId: number, cmpVersion: number): string {
  return `window.testCmp = new window.IabCmpApi(${cmpId}, ${cmpVersion}, true);`;
}
