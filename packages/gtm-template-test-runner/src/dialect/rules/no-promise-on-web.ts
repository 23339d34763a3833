import { docs, type Rule } from '../rule.ts';
import { requiredName } from './require-unknown-api.ts';

export const noPromiseOnWeb: Rule = {
  name: 'no-promise-on-web',
  message: '`Promise` is on the server API page only, not on the web one; web templates use callbacks (`onSuccess`/`onFailure`).',
  source: { kind: 'doc', url: docs.webApi },
  nodeTypes: ['CallExpression'],
  check: (node, context) =>
    context.options.context === 'web' && requiredName(node, context) === 'Promise'
      ? [{ node, text: "`require('Promise')` is not available in web templates (server only); use the APIs' callbacks (`onSuccess`, `onFailure`)" }]
      : [],
};
