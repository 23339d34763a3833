/**
 * The exported GTM template file (`.tpl`) as data. See research/gtm-sandbox.md §3.
 * The writer (`write.ts`) turns a `TemplateFile` into text; the parser (`parse.ts`) reads any exported
 * file (BOM or not, any section order) back into one.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type ContainerContext = 'WEB' | 'SERVER';

export interface TemplateInfo {
  type: 'TAG' | 'MACRO' | 'CLIENT';
  id: string;
  version: number;
  securityGroups: JsonValue[];
  displayName: string;
  categories?: string[];
  brand?: { id: string; displayName: string; thumbnail?: string };
  description: string;
  containerContexts: ContainerContext[];
  [key: string]: JsonValue | undefined;
}

/** GTM's typed-value JSON encoding used in the permissions section: 1 string, 2 list, 3 map, 8 boolean. */
export type TypedValue =
  | { type: 1; string: string }
  | { type: 2; listItem: TypedValue[] }
  | { type: 3; mapKey: TypedValue[]; mapValue: TypedValue[] }
  | { type: 8; boolean: boolean };

/** One entry of `___WEB_PERMISSIONS___` / `___SERVER_PERMISSIONS___`, exactly as GTM exports it. */
export interface PermissionEntry {
  instance: {
    key: { publicId: string; versionId: string };
    param?: { key: string; value: TypedValue }[];
  };
  clientAnnotations?: { isEditedByUser: boolean };
  isRequired?: boolean;
}

/** A decoded typed value: what the permission model works with. */
export type PlainValue = string | boolean | PlainValue[] | { [key: string]: PlainValue };

/** A permission decoded into plain values: `{ id: 'send_pixel', params: { allowedUrls: 'specific', urls: [...] } }`. */
export interface Permission {
  id: string;
  params: { [key: string]: PlainValue };
}

export interface TemplateScenario {
  name: string;
  code: string;
}

export interface TemplateTests {
  scenarios: TemplateScenario[];
  setup: string;
}

export interface TemplateFile {
  /** The fixed ToS paragraph when the Gallery ToS box was ticked, else undefined. */
  termsOfService: string | undefined;
  info: TemplateInfo;
  /** `___TEMPLATE_PARAMETERS___`: GTM field objects (kept as JSON; see template fields typings). */
  parameters: JsonValue[];
  /** Which code section the file carries: `___SANDBOXED_JS_FOR_WEB_TEMPLATE___` or `___SANDBOXED_JS_FOR_SERVER___`. */
  context: ContainerContext;
  code: string;
  permissions: PermissionEntry[];
  tests: TemplateTests | undefined;
  notes: string | undefined;
}
