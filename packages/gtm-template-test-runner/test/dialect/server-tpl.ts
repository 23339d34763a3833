/** A minimal server variable `.tpl` around template code and a `___TESTS___` YAML text, for tests of the modes. */
export function serverVariableTpl(displayName: string, code: string, tests: string): string {
  return `___INFO___

{
  "type": "MACRO",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": ${JSON.stringify(displayName)},
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[]


___SANDBOXED_JS_FOR_SERVER___

${code}


___SERVER_PERMISSIONS___

[]


___TESTS___

${tests}
`;
}
