/** `___TEMPLATE_PARAMETERS___` of the server client. `main.ts` types `data` from them. */
import type { Field } from '../compiler/fields.ts';

export const fields = [
  {
    type: 'TEXT',
    name: 'path',
    displayName: 'Request path',
    simpleValueType: true,
    help: 'The client claims requests to this path (exactly) and answers them with 204 No Content.',
    defaultValue: '/iom',
    valueValidators: [{ type: 'REGEX', args: ['^/.*'], errorMessage: 'The path starts with "/".' }],
    alwaysInSummary: true,
  },
] as const satisfies readonly Field[];
