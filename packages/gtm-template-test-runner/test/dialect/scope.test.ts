import test from 'ava';
import type { ExecutionContext } from 'ava';
import { validateSandboxCode } from '../../src/dialect/validate.ts';
import type { ValidateOptions } from '../../src/dialect/api.ts';

type Found = [rule: string, line: number | undefined, column: number | undefined][];

const resolves = test.macro({
  exec(t: ExecutionContext, code: string, role: ValidateOptions['role'], expected: Found) {
    const found = validateSandboxCode(code, { file: 's.js', context: 'web', role }).map((d) => [d.rule, d.location?.line, d.location?.column]);
    t.deepEqual(found, expected);
  },
  title: (_provided, code: string, role: ValidateOptions['role']) => `scope - ${role}: ${code.replace(/\n/g, ' ')}`,
});

test(resolves, 'return helper(data.x);\nfunction helper(v) { return v; }', 'template', []);
test(resolves, 'var total = 0;\nfor (var i = 0; i < data.n; i++) total = total + i;\nreturn total + i;', 'template', []);
test(resolves, 'if (data.a) { let inner = 1; }\nreturn inner;', 'template', [['unknown-global', 2, 7]]);
test(resolves, 'for (const k in data) { data[k] = k; }\nreturn k;', 'template', [['unknown-global', 2, 7]]);
test(resolves, 'var f = function self(n) { return n > 0 ? self(n - 1) : arguments.length; };', 'template', []);
test(resolves, 'var f = () => arguments;', 'template', [['unknown-global', 1, 14]]);
test(resolves, 'function outer() { var g = () => arguments[0]; return g(); }', 'template', []);
test(resolves, 'var o = { data: 1, undefinedKey: data.x };\nreturn o.data + o.other;', 'template', []);
test(resolves, 'var require = function (n) { return n; };\nvar v = require(data.name);', 'template', []);
test(resolves, 'var undefinedValue = undefined;\nNaN;', 'template', [['unknown-global', 2, 0]]);
test(resolves, 'missing = 1;', 'template', [['unknown-global', 1, 0]]);
test(resolves, "runCode({});\nassertApi('gtmOnSuccess').wasCalled();", 'template', [['unknown-global', 1, 0], ['unknown-global', 2, 0]]);
test(resolves, "const mockData = { id: 'x' };\nmock('sendPixel', function (url, onSuccess) { onSuccess(); });\nmockObject('localStorage', {});\nrunCode(mockData);\nassertApi('gtmOnSuccess').wasCalled();\nassertThat(1).isEqualTo(1);\nfail('never');", 'test', []);
test(resolves, 'runCode(data);', 'test', [['unknown-global', 1, 8]]);
