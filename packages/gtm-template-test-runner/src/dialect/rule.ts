/**
 * The shape of one dialect rule. Each rule lives in its own file under `rules/`, is listed once in
 * `rule-table.ts`, and names where its fact comes from, so a reader can tell a documented limit of GTM's sandbox
 * from a project decision.
 */
import type { AnyNode } from 'acorn';
import type { ValidateOptions } from './api.ts';
import type { Resolution } from './scope.ts';

export type NodeType = AnyNode['type'];

/** Where a rule's fact comes from. */
export type RuleSource =
  | { kind: 'doc'; url: string }
  | { kind: 'observed'; research: string }
  | { kind: 'unverified'; research: string };

export interface RuleContext {
  options: ValidateOptions;
  /** Ancestors of the current node, nearest last. */
  ancestors: readonly AnyNode[];
  /** How an identifier in reference position resolves; `undefined` for identifiers that are not references. */
  resolve(node: AnyNode): Resolution | undefined;
}

export interface Finding {
  /** The node the diagnostic points at (its start, and its length on the first line). */
  node: AnyNode;
  text: string;
  /** What exactly is refused (an operator, a method), for rules that `observed` mode relaxes in part. */
  construct?: string;
}

/**
 * What `observed` mode accepts of a rule's refusals: the constructs that published templates use in code whose
 * tests pass, and that evidence. The rule's other refusals stand in both modes.
 */
export interface ObservedEntry {
  allowed: true;
  /** Matched against each finding's `construct`. */
  constructs: readonly string[];
  /** The template, its repository, what it uses and what its tests show. */
  evidence: string;
}

export interface Rule {
  /** Kebab case, stable: it is printed in every diagnostic. */
  name: string;
  /** What the rule refuses and what to do instead, in one sentence (findings give the specific text). */
  message: string;
  source: RuleSource;
  /** Node types the rule looks at. */
  nodeTypes: readonly NodeType[];
  check(node: AnyNode, context: RuleContext): Finding[];
  /** Absent: the rule refuses the same in both modes. */
  observed?: ObservedEntry;
}

/** Whether the validation mode accepts this finding of the rule (only `observed` mode relaxes, only with evidence). */
export function acceptedIn(mode: ValidateOptions['mode'], rule: Rule, finding: Finding): boolean {
  return mode === 'observed' && rule.observed !== undefined && finding.construct !== undefined && rule.observed.constructs.includes(finding.construct);
}

/** Google's pages, cited by rules. */
export const docs = {
  sandboxedJavascript: 'https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript',
  standardLibrary: 'https://developers.google.com/tag-platform/tag-manager/templates/standard-library',
  webApi: 'https://developers.google.com/tag-platform/tag-manager/templates/api',
  serverApi: 'https://developers.google.com/tag-platform/tag-manager/server-side/api',
  tests: 'https://developers.google.com/tag-platform/tag-manager/templates/tests',
} as const;

/** A rule that refuses every node of its types with the same text. */
export function refuseAll(text: (node: AnyNode) => string): (node: AnyNode) => Finding[] {
  return (node) => [{ node, text: text(node) }];
}
