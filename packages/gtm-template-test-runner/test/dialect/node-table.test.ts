import test from 'ava';
import { parse, type AnyNode, type Program } from 'acorn';
import { nodeTable } from '../../src/dialect/node-table.ts';
import { ruleTable } from '../../src/dialect/rule-table.ts';
import { validateProgram } from '../../src/dialect/validate.ts';
import { childrenOf } from '../../src/dialect/children.ts';

/** Snippets that together produce every node type acorn can produce (module syntax needs module mode). */
const scriptSnippets = [
  'var a = 1, b; let c = [a, , "s"]; const d = { k: 1, get g() { return 1; }, m() {}, [a]: 2 };',
  'function f(p = 1, ...r) { if (p) { return; } else ; for (;;) { break; } for (var k in d) { continue; } for (const v of r) {} while (a) {} do {} while (a); switch (a) { case 1: default: } }',
  'a = (-a + b++ * (a, b) ** 2 && a) ?? b; a = a ? b : c; f(...c); a?.b; new f(); this; `t${a}`; f`x`;',
  'class C extends f { #p = 1; static { } m() { return super.m(this.#p, #p in this, new.target); } }',
  'var fe = function* () { yield 1; }; var af = async () => { await a; }; l: { } with (a) {} debugger; try { throw a; } catch (e) {} finally {}',
  'var [x, y = 1] = c, { z, ...w } = d; import("m"); /re/; var CE = class {};',
];
const moduleSnippets = [
  'import x, { y } from "m"; import * as ns from "n" with { type: "json" }; export { x as default2 }; export default 1; export * from "o"; export const e = 1; import.meta;',
];

function typesOf(program: Program): Set<string> {
  const seen = new Set<string>();
  const visit = (node: AnyNode): void => {
    seen.add(node.type);
    for (const [, child] of childrenOf(node)) visit(child);
  };
  visit(program);
  return seen;
}

test('node table - the snippets produce every node type in the table, and no other', (t) => {
  const seen = new Set<string>();
  for (const code of scriptSnippets) for (const type of typesOf(parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true }))) seen.add(type);
  for (const code of moduleSnippets) for (const type of typesOf(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }))) seen.add(type);
  for (const type of typesOf(parse('(a)', { ecmaVersion: 'latest', preserveParens: true }))) seen.add(type);
  t.deepEqual([...seen].sort(), Object.keys(nodeTable).sort());
});

test('node table - each refused node type names a rule that looks at that type', (t) => {
  for (const [type, entry] of Object.entries(nodeTable)) {
    if (entry.status !== 'refused') continue;
    const rule = ruleTable.find((r) => r.name === entry.rule);
    t.truthy(rule, `${type}: rule ${entry.rule} exists`);
    t.true(rule?.nodeTypes.includes(type as AnyNode['type']), `${type} is among ${entry.rule}'s node types`);
  }
});

test('node table - rules look only at node types the table knows', (t) => {
  const known = new Set(Object.keys(nodeTable));
  t.deepEqual(ruleTable.flatMap((r) => r.nodeTypes.filter((type) => !known.has(type)).map((type) => `${r.name}: ${type}`)), []);
});

test('unknown-syntax - a node type outside the table is a diagnostic (the loud default)', (t) => {
  const program = parse('var a = 1;', { ecmaVersion: 'latest', locations: true });
  const declarator = (program.body[0] as unknown as { declarations: { init: unknown }[] }).declarations[0];
  if (!declarator) return t.fail('no declarator');
  declarator.init = { type: 'JSXElement', start: 8, end: 9, loc: { start: { line: 1, column: 8 }, end: { line: 1, column: 9 } } };
  t.deepEqual(validateProgram(program, 'var a = 1;', { file: 'x.js', context: 'web', role: 'template' }), [
    {
      rule: 'unknown-syntax',
      text: 'syntax `JSXElement` is unknown to the dialect validator and refused; rewrite it with ES5 constructs',
      location: { file: 'x.js', line: 1, column: 8, length: 1, lineText: 'var a = 1;' },
      notes: [],
    },
  ]);
});

test('validateProgram - a node without loc gives a diagnostic without location', (t) => {
  const program = parse('debugger;', { ecmaVersion: 'latest' });
  t.deepEqual(validateProgram(program, 'debugger;', { file: 'x.js', context: 'web', role: 'template' }).map((d) => [d.rule, d.location]), [['no-debugger', undefined]]);
});

test('validateProgram - locations come from the nodes, lines from the given source (the compiler maps to TypeScript)', (t) => {
  const ts = 'const n: number = 1;\nconst s = `x${n}`;\n';
  const program = parse('const s = `x${n}`;', { ecmaVersion: 'latest', locations: true });
  // Pretend the lowered node sits where esbuild's source map says: line 2 of the TypeScript source.
  const literal = (program.body[0] as unknown as { declarations: { init: { loc: { start: { line: number }; end: { line: number } } } }[] }).declarations[0]?.init;
  if (!literal) return t.fail('no init');
  literal.loc.start.line = 2;
  literal.loc.end.line = 2;
  const found = validateProgram(program, ts, { file: 'main.ts', context: 'web', role: 'template' }).filter((d) => d.rule === 'no-template-literal');
  t.deepEqual(found.map((d) => d.location), [{ file: 'main.ts', line: 2, column: 10, length: 7, lineText: 'const s = `x${n}`;' }]);
});
