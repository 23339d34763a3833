/**
 * `DataOf<typeof fields>`: the `data` type a template's code gets from its fields. The type checks are the
 * `@ts-expect-error` lines (run by `npm run typecheck`); the runtime assertions pin the values typed here.
 */
import test from 'ava';
import type { DataOf, Field } from '../../compiler/fields.ts';

const fields = [
  { type: 'TEXT', name: 'st', displayName: 'Site' },
  { type: 'CHECKBOX', name: 'debug', checkboxText: 'Debug' },
  {
    type: 'SELECT',
    name: 'encoding',
    selectItems: [
      { value: 'minimal', displayValue: 'Minimal' },
      { value: 'compatible', displayValue: 'Compatible', subParams: [{ type: 'TEXT', name: 'note' }] },
    ],
  },
  { type: 'GROUP', name: 'advanced', subParams: [{ type: 'TEXT', name: 'timeout' }] },
  { type: 'SIMPLE_TABLE', name: 'vendors', simpleTableColumns: [{ name: 'id', displayName: 'Vendor', type: 'TEXT' }] },
  { type: 'LABEL', name: 'hint', displayName: 'A label holds no value' },
] as const satisfies readonly Field[];

type Data = DataOf<typeof fields>;

test('DataOf - text, checkbox, select values, group and choice sub-fields flat, table rows', (t) => {
  const data: Data = {
    st: 'demo',
    debug: true,
    encoding: 'compatible',
    note: '',
    timeout: '500',
    vendors: [{ id: '730' }],
  };
  t.deepEqual(Object.keys(data), ['st', 'debug', 'encoding', 'note', 'timeout', 'vendors']);
});

test('DataOf - values outside a field type are type errors', (t) => {
  // @ts-expect-error -- 'other' is not one of the select's values.
  const badSelect: Data['encoding'] = 'other';
  // @ts-expect-error -- a checkbox holds a boolean.
  const badCheckbox: Data['debug'] = 'yes';
  // @ts-expect-error -- a group holds no value of its own.
  const group: Data['advanced'] = '';
  // @ts-expect-error -- nor does a label.
  const label: Data['hint'] = '';
  t.deepEqual([badSelect, badCheckbox, group, label], ['other', 'yes', '', '']);
});
