/**
 * The sections of an exported `.tpl` file, as GTM's "Export" writes them (research/gtm-sandbox.md §3.1).
 * The table order is the export order; the parser accepts any order.
 */
import type { ContainerContext } from './types.ts';

export type SectionName =
  | '___TERMS_OF_SERVICE___'
  | '___INFO___'
  | '___TEMPLATE_PARAMETERS___'
  | '___SANDBOXED_JS_FOR_WEB_TEMPLATE___'
  | '___SANDBOXED_JS_FOR_SERVER___'
  | '___WEB_PERMISSIONS___'
  | '___SERVER_PERMISSIONS___'
  | '___TESTS___'
  | '___NOTES___';

/** What a section holds: its body format, and for the code/permission pair, the container context it implies. */
export interface SectionSpec {
  name: SectionName;
  format: 'text' | 'json-object' | 'json-array' | 'yaml';
  context?: ContainerContext;
}

export const sections: readonly SectionSpec[] = [
  { name: '___TERMS_OF_SERVICE___', format: 'text' },
  { name: '___INFO___', format: 'json-object' },
  { name: '___TEMPLATE_PARAMETERS___', format: 'json-array' },
  { name: '___SANDBOXED_JS_FOR_WEB_TEMPLATE___', format: 'text', context: 'WEB' },
  { name: '___SANDBOXED_JS_FOR_SERVER___', format: 'text', context: 'SERVER' },
  { name: '___WEB_PERMISSIONS___', format: 'json-array', context: 'WEB' },
  { name: '___SERVER_PERMISSIONS___', format: 'json-array', context: 'SERVER' },
  { name: '___TESTS___', format: 'yaml' },
  { name: '___NOTES___', format: 'text' },
];

export const codeSection: Record<ContainerContext, SectionName> = {
  WEB: '___SANDBOXED_JS_FOR_WEB_TEMPLATE___',
  SERVER: '___SANDBOXED_JS_FOR_SERVER___',
};

export const permissionsSection: Record<ContainerContext, SectionName> = {
  WEB: '___WEB_PERMISSIONS___',
  SERVER: '___SERVER_PERMISSIONS___',
};

/** The fixed paragraph GTM writes when the Gallery ToS box is ticked. */
export const termsOfServiceText = [
  "By creating or modifying this file you agree to Google Tag Manager's Community",
  'Template Gallery Developer Terms of Service available at',
  'https://developers.google.com/tag-manager/gallery-tos (or such other URL as',
  'Google may provide), as modified from time to time.',
].join('\n');

export function isSectionName(line: string): line is SectionName {
  return sections.some((s) => s.name === line);
}
