import type { AnyNode } from 'acorn';
import { type Rule } from '../rule.ts';

/** Project decision: `|`, `^`, `<<` are observed in published templates (research §1.3) and allowed; these are not. */
const unverified = new Set(['&', '>>', '>>>', '~', '&=', '>>=', '>>>=']);

function operatorOf(node: AnyNode): string | undefined {
  if (node.type === 'BinaryExpression' || node.type === 'UnaryExpression' || node.type === 'AssignmentExpression') return node.operator;
  return undefined;
}

export const noBitwiseUnverified: Rule = {
  name: 'no-bitwise-unverified',
  message: '`&`, `~`, `>>`, `>>>` appear only in a third-party decompiler\'s opcode table; `|`, `^`, `<<` are observed and allowed.',
  source: { kind: 'unverified', research: 'research/gtm-sandbox.md §1.3 (& ~ >> >>>: decompiler opcodes only; | ^ << observed in stape-io/mixpanel-tag, stape-io/piano-client)' },
  nodeTypes: ['BinaryExpression', 'UnaryExpression', 'AssignmentExpression'],
  check: (node) => {
    const operator = operatorOf(node);
    if (operator === undefined || !unverified.has(operator)) return [];
    return [{ node, construct: operator, text: `bitwise \`${operator}\` is not verified in GTM's sandbox (refused until verified); use arithmetic (\`Math.floor(x / 2)\`, \`x % 2\`) or \`|\`, \`^\`, \`<<\`` }];
  },
  observed: {
    allowed: true,
    constructs: ['&', '>>', '>>>'],
    evidence:
      'mbaersch/cyrb53-hasher (template.tpl, server variable): its `imul`, `padStart` and `cyrb53` helpers use `&`, `>>>` and `>>`; ' +
      'its test asserts 7 hashes from the Stack Overflow answer it cites, which JavaScript\'s int32 semantics reproduce. ' +
      'Not accepted: `~`, `&=`, `>>=`, `>>>=`, which no published template with tests uses (for `~` the only hint is ' +
      'opcode 58 of a third-party decompiler, research/gtm-sandbox.md §1.3)',
  },
};
