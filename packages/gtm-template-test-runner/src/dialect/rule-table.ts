/**
 * Every rule of the dialect, once. The validator indexes them by node type; `docs/sandbox-rules.md` is generated
 * from this table (`npx tsx scripts/sandbox-check.ts --rules`).
 */
import type { NodeType, Rule } from './rule.ts';
import { syntax } from './rules/syntax.ts';
import { unknownSyntax } from './rules/unknown-syntax.ts';
import { noNew } from './rules/no-new.ts';
import { noThis } from './rules/no-this.ts';
import { noClass } from './rules/no-class.ts';
import { noRegexLiteral } from './rules/no-regex-literal.ts';
import { noTry } from './rules/no-try.ts';
import { noThrow } from './rules/no-throw.ts';
import { noTemplateLiteral } from './rules/no-template-literal.ts';
import { noDestructuring } from './rules/no-destructuring.ts';
import { noSpreadRest } from './rules/no-spread-rest.ts';
import { noDefaultParameter } from './rules/no-default-parameter.ts';
import { noAsync } from './rules/no-async.ts';
import { noGenerator } from './rules/no-generator.ts';
import { noDelete } from './rules/no-delete.ts';
import { noInstanceof } from './rules/no-instanceof.ts';
import { noInOperator } from './rules/no-in-operator.ts';
import { noGetterSetter } from './rules/no-getter-setter.ts';
import { noOptionalChaining } from './rules/no-optional-chaining.ts';
import { noNullishCoalescing } from './rules/no-nullish-coalescing.ts';
import { noLogicalAssignment } from './rules/no-logical-assignment.ts';
import { noExponent } from './rules/no-exponent.ts';
import { noVoid } from './rules/no-void.ts';
import { noLabel } from './rules/no-label.ts';
import { noWith } from './rules/no-with.ts';
import { noDebugger } from './rules/no-debugger.ts';
import { noBitwiseUnverified } from './rules/no-bitwise-unverified.ts';
import { noDoWhile } from './rules/no-do-while.ts';
import { noCommaOperator } from './rules/no-comma-operator.ts';
import { noObjectLiteralShorthand } from './rules/no-object-literal-shorthand.ts';
import { noComputedKey } from './rules/no-computed-key.ts';
import { noModernNumberLiteral } from './rules/no-modern-number-literal.ts';
import { noModuleSyntax } from './rules/no-module-syntax.ts';
import { noMetaProperty } from './rules/no-meta-property.ts';
import { unknownGlobal } from './rules/unknown-global.ts';
import { methodNotInStandardLibrary } from './rules/method-not-in-standard-library.ts';
import { requireLiteralArgument } from './rules/require-literal-argument.ts';
import { requireUnknownApi } from './rules/require-unknown-api.ts';
import { noPromiseOnWeb } from './rules/no-promise-on-web.ts';

export const ruleTable: readonly Rule[] = [
  syntax,
  unknownSyntax,
  noNew,
  noThis,
  noClass,
  noRegexLiteral,
  noTry,
  noThrow,
  noTemplateLiteral,
  noDestructuring,
  noSpreadRest,
  noDefaultParameter,
  noAsync,
  noGenerator,
  noDelete,
  noInstanceof,
  noInOperator,
  noGetterSetter,
  noOptionalChaining,
  noNullishCoalescing,
  noLogicalAssignment,
  noExponent,
  noVoid,
  noLabel,
  noWith,
  noDebugger,
  noBitwiseUnverified,
  noDoWhile,
  noCommaOperator,
  noObjectLiteralShorthand,
  noComputedKey,
  noModernNumberLiteral,
  noModuleSyntax,
  noMetaProperty,
  unknownGlobal,
  methodNotInStandardLibrary,
  requireLiteralArgument,
  requireUnknownApi,
  noPromiseOnWeb,
];

/** Rules by the node types they look at. */
export const rulesByNodeType: ReadonlyMap<NodeType, readonly Rule[]> = (() => {
  const map = new Map<NodeType, Rule[]>();
  for (const rule of ruleTable) {
    for (const type of rule.nodeTypes) map.set(type, [...(map.get(type) ?? []), rule]);
  }
  return map;
})();
