import type { AnyNode, MemberExpression } from 'acorn';
import { docs, type Finding, type Rule, type RuleContext } from '../rule.ts';
import { ancestor, describe } from '../describe.ts';
import { arrayMembers, missingMethods, numberMembers, stringMembers } from '../standard-library.ts';
import { apiMemberAdvice, apiObjectMembers } from '../apis.ts';
import { requiredApiOf } from '../scope.ts';
import { own } from '../own.ts';

/** The property name of `o.p` or `o['p']`; undefined for other computed keys. */
function propertyName(node: MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : undefined;
  return node.property.type === 'Literal' && typeof node.property.value === 'string' ? node.property.value : undefined;
}

/** The members a receiver evidently has, when its type is evident from the code. */
function evidentType(object: AnyNode, context: RuleContext): { type: string; members: readonly string[] } | undefined {
  if (object.type === 'Literal') {
    if (typeof object.value === 'string') return { type: 'String', members: stringMembers };
    if (typeof object.value === 'number' || typeof object.value === 'boolean') return { type: typeof object.value === 'number' ? 'Number' : 'Boolean', members: numberMembers };
  }
  if (object.type === 'TemplateLiteral') return { type: 'String', members: stringMembers };
  if (object.type === 'ArrayExpression') return { type: 'Array', members: arrayMembers };
  // `X.m` where `const X = require('api')`, or `require('api').m` itself.
  let api: string | undefined;
  if (object.type === 'Identifier') {
    const resolution = context.resolve(object);
    api = resolution?.kind === 'declared' ? resolution.binding.requiredApi : undefined;
  } else if (object.type === 'CallExpression' && object.callee.type === 'Identifier' && context.resolve(object.callee)?.kind === 'global') {
    api = requiredApiOf(object);
  }
  const members = api !== undefined ? own(apiObjectMembers, api) : undefined;
  return api !== undefined && members ? { type: api, members } : undefined;
}

function isIndex(name: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(name);
}

export const methodNotInStandardLibrary: Rule = {
  name: 'method-not-in-standard-library',
  message: 'Built-in types have only the methods of GTM\'s standard library (String, Array: a short list; Number, Boolean, Object: `toString`).',
  source: { kind: 'doc', url: docs.standardLibrary },
  nodeTypes: ['MemberExpression'],
  check: (node, context): Finding[] => {
    if (node.type !== 'MemberExpression') return [];
    const name = propertyName(node);
    if (name === undefined) return [];
    const parent = ancestor(context.ancestors);
    const called = parent?.type === 'CallExpression' && parent.callee === node;
    const shown = `${describe(node.object)}.${name}${called ? '()' : ''}`;
    const evident = evidentType(node.object, context);
    if (evident) {
      if (evident.members.includes(name) || (evident.type === 'String' && isIndex(name))) return [];
      const advice = own(apiMemberAdvice, `${evident.type}.${name}`) ?? own(missingMethods, name) ?? `use one of ${evident.members.join(', ')}`;
      const owner = ['String', 'Array', 'Number', 'Boolean'].includes(evident.type) ? `GTM's standard library (${evident.type})` : `GTM's \`${evident.type}\` API`;
      return [{ node, construct: `${evident.type}.${name}`, text: `\`${shown}\` is not in ${owner}; ${advice}` }];
    }
    // The receiver's type is not evident: only methods that no sandbox type has are refused, named by themselves.
    const advice = called ? own(missingMethods, name) : undefined;
    return advice === undefined ? [] : [{ node, construct: name, text: `\`${shown}\` is not in GTM's standard library; ${advice}` }];
  },
  // Only on receivers of no evident type (findings name these by the bare method): the runner's engine gives
  // `hasOwnProperty` to objects only.
  observed: {
    allowed: true,
    constructs: ['hasOwnProperty'],
    evidence:
      'stape-io/query-replacer-variable (template.tpl, server variable) calls `searchParams.hasOwnProperty(toKey)` on ' +
      '`parseUrl(…).searchParams`; its test "URL with parameters and with modifications (skipping existing query parameters)" ' +
      'expects a parameter kept because the call returned true. AntonBies/gtm-template-ga4-ecommerce-to-ua-eec (template.tpl, ' +
      'web variable) calls `ec.hasOwnProperty(\'items\')` on a data layer object (its one test asserts only a defined result). ' +
      'Not accepted: `hasOwnProperty` on a string, an array or an API object, which no such template calls; every other method ' +
      'outside the standard library',
  },
};
