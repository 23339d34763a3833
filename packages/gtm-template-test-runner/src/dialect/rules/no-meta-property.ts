import { refuseAll, type Rule } from '../rule.ts';
import { docs } from '../rule.ts';

export const noMetaProperty: Rule = {
  name: 'no-meta-property',
  message: '`new.target` and `import.meta` need constructors or modules, which GTM\'s sandbox lacks.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['MetaProperty'],
  check: refuseAll((node) =>
    `\`${node.type === 'MetaProperty' ? `${node.meta.name}.${node.property.name}` : 'meta property'}\` is not allowed in GTM's sandbox (no constructors, no modules)`),
};
