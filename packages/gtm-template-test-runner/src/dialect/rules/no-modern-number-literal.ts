import { docs, type Rule } from '../rule.ts';

export const noModernNumberLiteral: Rule = {
  name: 'no-modern-number-literal',
  message: 'BigInt, binary/octal (`0b`, `0o`) and separated (`1_000`) number literals are newer than ES5.1.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['Literal'],
  check: (node) => {
    if (node.type !== 'Literal' || node.raw === undefined) return [];
    if (typeof node.value === 'bigint' || ('bigint' in node && node.bigint !== undefined)) {
      return [{ node, text: `BigInt literal \`${node.raw}\` is not allowed in GTM's sandbox; use a number` }];
    }
    if (typeof node.value === 'number' && (/^0[bBoO]/.test(node.raw) || node.raw.includes('_'))) {
      return [{ node, text: `number literal \`${node.raw}\` is not allowed in GTM's sandbox; write it in decimal or hex (\`${node.value}\`)` }];
    }
    return [];
  },
};
