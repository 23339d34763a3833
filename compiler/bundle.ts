/**
 * Step 1 of `compile`: esbuild bundles the entry and what it imports into one script.
 * - `format: 'esm'`, `target: 'esnext'`: esbuild only strips types and joins modules (no wrapper, no helpers,
 *   no syntax lowering: our passes do that, deterministic and tested).
 * - `define: { require: '__gtmRequire' }`: esbuild would resolve every `require('x')` as a module (or shim it
 *   as `__require`); under another name the GTM API requires are ordinary calls, renamed back afterwards.
 * - An external source map (with sources) so diagnostics can point at the TypeScript line.
 * - `files`: an in-memory file system (tests), resolved by a plugin; otherwise the real files under `root`.
 * - `external`: import paths left as imports (a test scenario's `./setup.ts`).
 */
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Diagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { requireAlias } from './require-calls.ts';
import type { RawSourceMap } from './source-map.ts';

export interface BundleOptions {
  /** Entry file, relative to `root` (or absolute). */
  entry: string;
  root: string;
  files?: Readonly<Record<string, string>>;
  external?: readonly string[];
}

export type BundleResult =
  | { ok: true; code: string; map: RawSourceMap }
  | { ok: false; diagnostics: Diagnostic[] };

const virtualNamespace = 'virtual';

/** A source-map or message file name as the author knows it: relative to the root, without a namespace. */
export function sourceName(file: string): string {
  return file.startsWith(`${virtualNamespace}:`) ? file.slice(virtualNamespace.length + 1) : file;
}

function virtualFiles(files: Readonly<Record<string, string>>, external: readonly string[]): esbuild.Plugin {
  return {
    name: 'virtual-files',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (external.includes(args.path)) return { path: args.path, external: true };
        const from = args.kind === 'entry-point' ? '' : path.posix.dirname(args.importer);
        const resolved = path.posix.normalize(path.posix.join(from, args.path));
        if (!(resolved in files)) return { errors: [{ text: `no such in-memory file: ${resolved}` }] };
        return { path: resolved, namespace: virtualNamespace };
      });
      build.onLoad({ filter: /.*/, namespace: virtualNamespace }, (args) => ({
        contents: files[args.path] ?? '',
        loader: 'ts',
        resolveDir: path.posix.dirname(args.path),
      }));
    },
  };
}

function externals(external: readonly string[]): esbuild.Plugin {
  return {
    name: 'externals',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => (external.includes(args.path) ? { path: args.path, external: true } : undefined));
    },
  };
}

function toDiagnostic(message: esbuild.Message): Diagnostic {
  const l = message.location;
  return {
    rule: 'bundle',
    text: message.text,
    location: l
      ? { file: sourceName(l.file), line: l.line, column: l.column, length: l.length, lineText: l.lineText }
      : undefined,
    notes: message.notes.map((n) => ({ text: n.text, location: undefined })),
  };
}

export async function bundle(options: BundleOptions): Promise<BundleResult> {
  const external = options.external ?? [];
  const plugins = options.files ? [virtualFiles(options.files, external)] : [externals(external)];
  try {
    const result = await esbuild.build({
      entryPoints: [options.entry],
      absWorkingDir: options.root,
      outfile: path.join(options.root, 'compiled.js'),
      bundle: true,
      write: false,
      format: 'esm',
      target: 'esnext',
      platform: 'neutral',
      sourcemap: 'external',
      sourcesContent: true,
      define: { require: requireAlias },
      tsconfigRaw: {},
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'silent',
      plugins,
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
    if (!js || !map) throw new Error('esbuild produced no output');
    return { ok: true, code: js.text, map: JSON.parse(map.text) as RawSourceMap };
  } catch (error) {
    const failure = error as { errors?: esbuild.Message[] };
    if (!Array.isArray(failure.errors)) throw error;
    return { ok: false, diagnostics: failure.errors.map(toDiagnostic) };
  }
}
