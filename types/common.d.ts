/**
 * Types shared by the web and server API typings: the objects `require('JSON')`, `require('Math')`,
 * `require('Object')` return (research/gtm-sandbox.md §1.5) and the values several APIs share.
 */

/** `require('JSON')`: parse returns `undefined` on malformed input, stringify on cycles (they do not throw). */
interface SandboxJson {
  parse(text: string): unknown;
  stringify(value: unknown): string | undefined;
}

/** `require('Math')`: no `random` (use `generateRandom`), no `trunc`, `log`… */
interface SandboxMath {
  abs(x: number): number;
  ceil(x: number): number;
  floor(x: number): number;
  round(x: number): number;
  max(...values: number[]): number;
  min(...values: number[]): number;
  pow(x: number, y: number): number;
  sqrt(x: number): number;
}

/** `require('Object')`: `delete` replaces the `delete` operator (no dotted paths, not on arrays; false when frozen). */
interface SandboxObject {
  keys(obj: object): string[];
  values<T>(obj: { readonly [key: string]: T }): T[];
  values(obj: object): unknown[];
  entries<T>(obj: { readonly [key: string]: T }): [string, T][];
  entries(obj: object): [string, unknown][];
  freeze<T>(obj: T): Readonly<T>;
  delete(obj: object, key: string): boolean;
}

/** What `getType` answers (unlike `typeof`, it tells arrays and null apart). */
type SandboxTypeName = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function';

/** `parseUrl(url)`. */
interface ParsedUrl {
  href: string;
  origin: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  searchParams: Record<string, string | string[]>;
  hash: string;
}

/** `getContainerVersion()`. */
interface ContainerVersion {
  containerId: string;
  debugMode: boolean;
  environmentName: string;
  environmentMode: boolean;
  previewMode: boolean;
  version: string;
}

/** `sha256` options. */
interface Sha256Options {
  outputEncoding?: 'base64' | 'hex';
}

/** The template's `data`: its fields' values, plus the tag callbacks for tag templates (use with the compiler's `DataOf`). */
type TagTemplateData<Fields> = Fields & {
  gtmOnSuccess(): void;
  gtmOnFailure(): void;
};
