/**
 * Runtime helpers the passes call, written in the sandbox dialect itself (for…in, `arguments`, no `in`, no
 * `delete`). Each is appended once, at the end of the program, only when a pass used it.
 */
export const helperSource = {
  /** `{ ...a, b: 1 }` -> `objectSpread({}, a, { b: 1 })`: own and inherited enumerable keys, later wins. */
  objectSpread: `function objectSpread(target) {
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (source != null) {
      for (var key in source) target[key] = source[key];
    }
  }
  return target;
}`,
  /** `const { a, ...rest } = o` -> `rest = objectRest(o, ['a'])`: a copy of `source` without `excluded` keys. */
  objectRest: `function objectRest(source, excluded) {
  var target = {};
  for (var key in source) {
    if (excluded.indexOf(key) === -1) target[key] = source[key];
  }
  return target;
}`,
  /** `{ [k]: v }` -> `setProperty({}, k, v)`: the object with one more property. */
  setProperty: `function setProperty(target, key, value) {
  target[key] = value;
  return target;
}`,
} as const;

export type HelperName = keyof typeof helperSource;
