/**
 * Permissions derived from the compiled code and checked against the template's `permissions.ts`: every
 * required API needs its permission, and a declared permission that no required API uses is an error (least
 * privilege; GTM itself derives permissions from `require` calls, research/gtm-sandbox.md §3.4).
 * Which permission an API needs comes from the runner's table (`apiPermissions`), the one GTM's checks use.
 */
import type { Diagnostic, DiagnosticLocation } from '../packages/gtm-template-test-runner/src/diagnostics.ts';
import { apiPermissions } from '../packages/gtm-template-test-runner/src/permissions/api-permissions.ts';
import type { Permission } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

/**
 * Arguments an API is asked about with when only its permission id matters: an object works for the APIs whose
 * queries list an object's keys (`updateConsentState`, `gtagSet`), and the id never depends on the values.
 */
const probe: readonly unknown[] = [{ probe: 'granted' }, { probe: 'granted' }, { probe: 'granted' }];

/** The permission ids an API needs in a context; object APIs (`localStorage`) need those of their methods. */
export function permissionsFor(api: string, context: 'web' | 'server'): string[] {
  const ids = new Set<string>();
  for (const [name, entry] of Object.entries(apiPermissions)) {
    if (name !== api && !name.startsWith(`${api}.`)) continue;
    if (!entry.contexts.includes(context)) continue;
    for (const query of entry.queries(probe)) {
      const [id] = query;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return [...ids].sort();
}

export interface PermissionSources {
  /** The required APIs, and where each is first required (in TypeScript). */
  requires: readonly string[];
  requireSites: ReadonlyMap<string, DiagnosticLocation>;
  declared: readonly Permission[];
  /** `template/permissions.ts` and its text, to point at a declared permission. */
  file: string;
  text: string;
  context: 'web' | 'server';
}

function declarationSite(file: string, text: string, id: string): DiagnosticLocation {
  const lines = text.split('\n');
  const needle = `'${id}'`;
  const index = lines.findIndex((l) => l.includes(needle));
  const line = index === -1 ? 0 : index;
  const lineText = lines[line] ?? '';
  return { file, line: line + 1, column: Math.max(0, lineText.indexOf(needle)), length: needle.length, lineText };
}

export function checkPermissions(sources: PermissionSources): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const declaredIds = new Set(sources.declared.map((p) => p.id));
  const needed = new Map<string, string[]>();
  for (const api of sources.requires) {
    for (const id of permissionsFor(api, sources.context)) needed.set(id, [...(needed.get(id) ?? []), api]);
  }
  for (const [id, apis] of needed) {
    if (declaredIds.has(id)) continue;
    const [first = ''] = apis;
    diagnostics.push({
      rule: 'permission-missing',
      text: `require('${first}') needs the permission "${id}", which ${sources.file} does not declare`,
      location: sources.requireSites.get(first),
      notes: [],
    });
  }
  const seen = new Set<string>();
  for (const p of sources.declared) {
    if (seen.has(p.id)) {
      diagnostics.push({
        rule: 'permission-duplicate',
        text: `the permission "${p.id}" is declared twice`,
        location: declarationSite(sources.file, sources.text, p.id),
        notes: [],
      });
    }
    seen.add(p.id);
    if (needed.has(p.id)) continue;
    diagnostics.push({
      rule: 'permission-unused',
      text: `the permission "${p.id}" is declared but no required API uses it (required: ${sources.requires.join(', ') || 'none'})`,
      location: declarationSite(sources.file, sources.text, p.id),
      notes: [],
    });
  }
  return diagnostics;
}
