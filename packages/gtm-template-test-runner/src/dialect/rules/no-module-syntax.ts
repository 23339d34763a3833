import { refuseAll, type Rule } from '../rule.ts';
import { docs } from '../rule.ts';

export const noModuleSyntax: Rule = {
  name: 'no-module-syntax',
  message: 'A template is one function body: there are no modules; the compiler bundles imports away.',
  source: { kind: 'doc', url: docs.sandboxedJavascript },
  nodeTypes: ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration', 'ImportExpression'],
  check: refuseAll((node) =>
    `${node.type === 'ImportExpression' ? '`import()`' : node.type === 'ImportDeclaration' ? '`import`' : '`export`'} is not allowed in GTM's sandbox (the code is one function body); use \`require('<api>')\` for GTM APIs`),
};
