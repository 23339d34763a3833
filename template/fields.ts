/** `___TEMPLATE_PARAMETERS___` of the web tag: the INFOnline measurement fields. `main.ts` types `data` from them. */
import type { Field } from '../compiler/fields.ts';

export const fields = [
  {
    type: 'TEXT',
    name: 'st',
    displayName: 'Site ID (st)',
    simpleValueType: true,
    help: 'The INFOnline site identifier of this website (the offer identifier given by INFOnline).',
    valueValidators: [{ type: 'NON_EMPTY' }],
    alwaysInSummary: true,
  },
  {
    type: 'TEXT',
    name: 'cp',
    displayName: 'Page code (cp)',
    simpleValueType: true,
    help: 'The page code (category) of this page, as agreed with INFOnline.',
    alwaysInSummary: true,
  },
  {
    type: 'TEXT',
    name: 'co',
    displayName: 'Comment (co)',
    simpleValueType: true,
    help: 'A free comment sent with the measurement.',
    canBeEmptyString: true,
  },
] as const satisfies readonly Field[];
