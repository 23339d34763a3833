import { docs, type Rule } from '../rule.ts';
import { ancestor } from '../describe.ts';

export const noTemplateLiteral: Rule = {
  name: 'no-template-literal',
  message: 'Template literals are ES2015 and not among the ES6 features GTM\'s sandbox lists; concatenate with `+`.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['TemplateLiteral', 'TaggedTemplateExpression'],
  check: (node, { ancestors }) => {
    if (node.type === 'TemplateLiteral' && ancestor(ancestors)?.type === 'TaggedTemplateExpression') return [];
    const what = node.type === 'TaggedTemplateExpression' ? 'tagged template' : 'template literal';
    return [{ node, text: `${what} is not allowed in GTM's sandbox; concatenate strings with \`+\`` }];
  },
};
