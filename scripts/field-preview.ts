/**
 * `npm run field-preview [-- --no-screenshot | --check]`: for each built template, an HTML page of its fields
 * (docs/fields/<name>.html) read from the `.tpl` itself, and a screenshot of it (docs/fields/<name>.png) taken with
 * headless Chromium. Run after `npm run build`; commit both. `--check` writes nothing and exits 1 when a committed
 * page differs from what its `.tpl` draws now (the screenshot is not compared: pixels depend on the machine's fonts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readTemplateFields } from './field-preview/fields.ts';
import { renderPreview } from './field-preview/render.ts';

/** The templates and the names of their preview files. */
export const previews = [
  { tpl: 'template.tpl', name: 'web-template' },
  { tpl: 'server-client/template.tpl', name: 'server-client' },
] as const;

export const previewDir = 'docs/fields';

export type Preview = { ok: true; value: { name: string; html: string } } | { ok: false; error: { code: string; message: string } };

/** The preview page of the `.tpl` at `tpl` (relative to `root`). */
export async function previewOf(root: string, tpl: string, name: string): Promise<Preview> {
  const text = await readFile(path.join(root, tpl), 'utf8').catch(() => undefined);
  if (text === undefined) return { ok: false, error: { code: 'missing', message: `${tpl}: missing; run npm run build first` } };
  const read = readTemplateFields(text, tpl);
  if (!read.ok) return read;
  return { ok: true, value: { name, html: renderPreview(read.value.info, read.value.fields, tpl) } };
}

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--no-screenshot' && a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`usage: field-preview [--no-screenshot | --check]\nunknown argument ${unknown.join(' ')}\n`);
    return 2;
  }
  const check = argv.includes('--check');
  const root = path.resolve(import.meta.dirname, '..');
  await mkdir(path.join(root, previewDir), { recursive: true });
  const pages: { html: string; png: string }[] = [];
  let stale = false;
  for (const { tpl, name } of previews) {
    const preview = await previewOf(root, tpl, name);
    if (!preview.ok) {
      process.stderr.write(`${preview.error.message}\n`);
      return 1;
    }
    const htmlFile = path.join(previewDir, `${name}.html`);
    if (check) {
      const committed = await readFile(path.join(root, htmlFile), 'utf8').catch(() => '');
      const current = committed === preview.value.html;
      stale ||= !current;
      process.stdout.write(`${htmlFile}: ${current ? 'up to date' : `differs from ${tpl}; run npm run field-preview and commit`}\n`);
      continue;
    }
    await writeFile(path.join(root, htmlFile), preview.value.html);
    process.stdout.write(`${htmlFile}\n`);
    pages.push({ html: preview.value.html, png: path.join(root, previewDir, `${name}.png`) });
  }
  if (check) return stale ? 1 : 0;
  if (argv.includes('--no-screenshot')) return 0;
  const { screenshotPages } = await import('./field-preview/screenshot.ts');
  await screenshotPages(pages);
  for (const { png } of pages) process.stdout.write(`${path.relative(root, png)}\n`);
  return 0;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  process.exitCode = await main(process.argv.slice(2));
}
