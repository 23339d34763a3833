/**
 * One template folder -> one `.tpl` (`TemplateFile`): `info.ts` -> `___INFO___`, `fields.ts` ->
 * `___TEMPLATE_PARAMETERS___`, `main.ts` compiled -> the code section, `permissions.ts` (checked against the
 * code's requires) -> the permissions section, `tests/<scenario>.ts` compiled -> `___TESTS___` (`tests/setup.ts`
 * -> `setup`), `notes.md` -> `___NOTES___`. One source per section, one file per scenario, sorted by file name.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { encodePermission } from '../packages/gtm-template-test-runner/src/permissions/typed-value.ts';
import { termsOfServiceText } from '../packages/gtm-template-test-runner/src/tpl/sections.ts';
import type {
  JsonValue,
  Permission,
  TemplateFile,
  TemplateInfo,
  TemplateScenario,
} from '../packages/gtm-template-test-runner/src/tpl/types.ts';
import { writeTpl } from '../packages/gtm-template-test-runner/src/tpl/write.ts';
import { compile } from './compile.ts';
import { checkPermissions } from './permissions.ts';

export interface TemplateSpec {
  /** The template's folder, relative to the root: `template`, `server-client`. */
  dir: string;
  context: 'web' | 'server';
  /** Where the `.tpl` goes, relative to the root. */
  output: string;
}

/** The project's templates. */
export const templates: readonly TemplateSpec[] = [
  { dir: 'template', context: 'web', output: 'template.tpl' },
  { dir: 'server-client', context: 'server', output: 'server-client/template.tpl' },
];

export interface BuiltTemplate {
  spec: TemplateSpec;
  file: TemplateFile;
  text: string;
  diagnostics: Diagnostic[];
  requires: string[];
}

const scenarioName = /^\/\/\s*@name\s+(.+?)\s*$/m;

/** A scenario's name: a leading `// @name …` comment, else the file name (`fails-without-site-id` -> "fails without site id"). */
export function nameOfScenario(fileName: string, source: string): string {
  const head = source.split('\n').find((l) => l.trim() !== '');
  const match = head === undefined ? null : scenarioName.exec(head);
  return match?.[1] ?? path.basename(fileName, '.ts').replace(/[-_]+/g, ' ');
}

async function load<T>(root: string, file: string, exportName: string): Promise<T> {
  const module = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>;
  if (!(exportName in module)) throw new Error(`${file} must export \`${exportName}\``);
  return module[exportName] as T;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Drops the final line end: the writer adds the blank lines between sections. */
const section = (code: string): string => code.replace(/\n+$/, '');

export async function buildTemplate(spec: TemplateSpec, root: string): Promise<BuiltTemplate> {
  const diagnostics: Diagnostic[] = [];
  const info = await load<TemplateInfo>(root, `${spec.dir}/info.ts`, 'info');
  const fields = await load<JsonValue[]>(root, `${spec.dir}/fields.ts`, 'fields');
  const permissions = await load<Permission[]>(root, `${spec.dir}/permissions.ts`, 'permissions');
  const permissionsFile = `${spec.dir}/permissions.ts`;
  const permissionsText = await readFile(path.join(root, permissionsFile), 'utf8');

  const main = await compile({ entry: `${spec.dir}/main.ts`, context: spec.context, root });
  diagnostics.push(...main.diagnostics);
  if (main.diagnostics.length === 0) {
    diagnostics.push(
      ...checkPermissions({
        requires: main.requires,
        requireSites: main.requireSites,
        declared: permissions,
        file: permissionsFile,
        text: permissionsText,
        context: spec.context,
      }),
    );
  }

  const testsDir = path.join(root, spec.dir, 'tests');
  const testFiles = ((await readdir(testsDir).catch(() => [])) as string[]).filter((f) => f.endsWith('.ts')).sort();
  // Setup first: its top-level names are shared with every scenario (GTM runs them as one program).
  let setup = '';
  let sharedScope: string[] = [];
  if (testFiles.includes('setup.ts')) {
    const compiled = await compile({ entry: `${spec.dir}/tests/setup.ts`, context: spec.context, role: 'test', root });
    diagnostics.push(...compiled.diagnostics);
    setup = section(compiled.code);
    sharedScope = compiled.declared;
  }
  const scenarios: TemplateScenario[] = [];
  for (const fileName of testFiles.filter((f) => f !== 'setup.ts')) {
    const entry = `${spec.dir}/tests/${fileName}`;
    const compiled = await compile({ entry, context: spec.context, role: 'test', root, sharedScope });
    diagnostics.push(...compiled.diagnostics);
    const source = await readFile(path.join(root, entry), 'utf8');
    scenarios.push({ name: nameOfScenario(fileName, source), code: section(compiled.code) });
  }

  const file: TemplateFile = {
    termsOfService: termsOfServiceText,
    info,
    parameters: fields,
    context: spec.context === 'web' ? 'WEB' : 'SERVER',
    code: section(main.code),
    permissions: permissions.map(encodePermission),
    tests: { scenarios, setup },
    notes: (await readOptional(path.join(root, spec.dir, 'notes.md')))?.replace(/\n+$/, ''),
  };
  return { spec, file, text: writeTpl(file), diagnostics, requires: main.requires };
}
