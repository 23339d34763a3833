/**
 * `___SERVER_PERMISSIONS___`: least privilege. The build checks this list against the compiled code: every
 * required API needs its permission, and a permission no API uses is an error.
 */
import type { Permission } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

export const permissions = [
  // getRequestPath: the path only.
  {
    id: 'read_request',
    params: { requestAccess: 'specific', pathAllowed: true, headerAccess: 'specific', queryParameterAccess: 'specific' },
  },
  // setResponseStatus: the status only.
  { id: 'access_response', params: { writeResponseAccess: 'specific', writeStatusAllowed: true, writeHeaderAccess: 'specific' } },
  // returnResponse.
  { id: 'return_response', params: {} },
] satisfies Permission[];
