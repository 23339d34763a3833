/** The built templates as the gallery will see them: categories, description length, terms, name (scripts/release/gallery-info.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import { checkGalleryInfo } from '../../scripts/release/gallery-info.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

for (const file of ['template.tpl', 'server-client/template.tpl']) {
  test(`gallery info - ${file} passes the gallery's checks`, async (t) => {
    t.deepEqual(checkGalleryInfo(await readFile(path.join(root, file), 'utf8'), file), []);
  });
}
