/**
 * `___WEB_PERMISSIONS___`: least privilege. The build checks this list against the compiled code: every required
 * API needs its permission, and a permission no API uses is an error.
 */
import type { Permission } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

export const permissions = [
  // logToConsole: only in preview/debug mode.
  { id: 'logging', params: { environments: 'debug' } },
] satisfies Permission[];
