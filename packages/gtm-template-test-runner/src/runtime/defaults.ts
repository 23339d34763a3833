/**
 * The runner's default runtime parts: the dialect validator, the pure APIs and the permission model of this
 * package, wired together for `runTemplateTests`.
 */
import { validateSandboxCode } from '../dialect/validate.ts';
import { createPureApis, isRegexHandle, regexOf } from '../apis/pure/index.ts';
import { checkPermission } from '../permissions/check.ts';
import { apiNeedsPermission, permissionQueryFor } from '../permissions/api-permissions.ts';
import { decodePermissionEntry } from '../permissions/typed-value.ts';
import type { RunnerRuntime } from '../run.ts';
import type { Permission } from '../tpl/types.ts';

export function createDefaultRuntime(): RunnerRuntime {
  return {
    // The runner holds code to what GTM is seen to run (`observed`); the compiler keeps the `documented` default.
    validate: (code, options) => validateSandboxCode(code, { ...options, mode: options.mode ?? 'observed' }),
    pureApis: ({ defer }) => createPureApis({ defer }),
    isOpaque: isRegexHandle,
    nativeArgument: (value) => regexOf(value) ?? value,
    decodePermission: decodePermissionEntry,
    permissionPort: (declared, context) => {
      // One list per permission id, made on first use instead of on every check.
      const lists = new Map<string, readonly Permission[]>();
      const listFor = (permissionId: string): readonly Permission[] => {
        let list = lists.get(permissionId);
        if (list === undefined) lists.set(permissionId, (list = withDefault(declared, permissionId)));
        return list;
      };
      return {
        queryFor: (apiName, args) => permissionQueryFor(apiName, args, context),
        asks: (apiName) => apiNeedsPermission(apiName, context),
        check: (permissionId, ...args) => checkPermission(listFor(permissionId), permissionId, ...args),
        // The rules read only the declared parameters and the arguments (permissions/check.ts).
        deterministic: true,
      };
    },
  };
}

/**
 * GTM detects the permissions a template's `require` calls need and adds the missing ones, unconfigured, when a
 * template is imported or saved (research/gtm-sandbox.md §3.4); tests then run against that configuration. So a
 * permission the file does not declare is checked as declared with no parameters: `logging` then allows debug
 * mode (the Tests tab), `read_title` allows reading, and URL, key or name lists allow nothing.
 */
function withDefault(declared: readonly Permission[], permissionId: string): readonly Permission[] {
  return declared.some((p) => p.id === permissionId) ? declared : [...declared, { id: permissionId, params: {} }];
}
