/**
 * Builds the browser host (`./entry.ts`) into one script for a page (Node side, esbuild). The runner's Node
 * imports are mapped to browser versions: `node:vm` -> `./vm-shim.ts`, `node:crypto` -> `./crypto-shim.ts`.
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const here = import.meta.dirname;

const SHIMS: { [module: string]: string } = {
  'node:vm': path.join(here, 'vm-shim.ts'),
  'node:crypto': path.join(here, 'crypto-shim.ts'),
};

const browserShims: Plugin = {
  name: 'browser-shims',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:/ }, (args) => {
      const shim = SHIMS[args.path];
      return shim === undefined ? { errors: [{ text: `${args.path} has no browser version (imported by ${args.importer})` }] } : { path: shim };
    });
  },
};

let cached: Promise<string> | undefined;

/** The bundle's source (an IIFE that sets `window.gtmBrowserHost`), built once per process. */
export function browserHostBundle(): Promise<string> {
  cached ??= (async () => {
    const result = await build({
      entryPoints: [path.join(here, 'entry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      plugins: [browserShims],
    });
    const text = result.outputFiles[0]?.text;
    if (text === undefined) throw new Error('esbuild produced no browser host bundle');
    return text;
  })();
  return cached;
}
