import { docs, type Rule } from '../rule.ts';

export const noRegexLiteral: Rule = {
  name: 'no-regex-literal',
  message: 'GTM\'s sandbox has no RegExp type; use string patterns with `match`/`search`, or `createRegex` on the server.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['Literal'],
  check: (node) =>
    node.type === 'Literal' && 'regex' in node && node.regex
      ? [{ node, text: `regular expression literal \`/${node.regex.pattern}/${node.regex.flags}\` is not allowed in GTM's sandbox; pass the pattern as a string to \`match\`/\`search\`, or use \`createRegex\`/\`testRegex\` on the server` }]
      : [],
};
