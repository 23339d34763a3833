import { docs, type Rule } from '../rule.ts';
import { globalsFor, globalAdvice } from '../globals.ts';
import { apiNamesFor } from '../apis.ts';
import { own } from '../own.ts';

export const unknownGlobal: Rule = {
  name: 'unknown-global',
  message: 'The only globals are `data`, `require` and `undefined` (tests: the test API instead of `data`); everything else comes from `require`.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['Identifier'],
  check: (node, { resolve, options }) => {
    const resolution = resolve(node);
    if (!resolution || resolution.kind !== 'global' || globalsFor(options.role).includes(resolution.name)) return [];
    const name = resolution.name;
    const advice = apiNamesFor(options.context).includes(name)
      ? `get it with \`const ${name} = require('${name}')\``
      : own(globalAdvice, name) ?? 'declare it in the template';
    return [{ node, text: `\`${name}\` is not a global in GTM's sandbox; ${advice}` }];
  },
};
