/**
 * Template fields (`___TEMPLATE_PARAMETERS___`) as typed TypeScript data, and the `data` object they give the
 * template's code. A template writes `export const fields = [...] as const satisfies readonly Field[];` and
 * types its `data` as `DataOf<typeof fields>`: a field renamed in `fields.ts` is then a type error in `main.ts`.
 * Types only (no runtime code): this file is also read by the sandbox tsconfigs.
 * Field keys as GTM exports them: research/gtm-sandbox.md §3.3.
 */

export type FieldType = 'TEXT' | 'SELECT' | 'CHECKBOX' | 'RADIO' | 'SIMPLE_TABLE' | 'PARAM_TABLE' | 'GROUP' | 'LABEL';

export interface ValueValidator {
  readonly type: string;
  readonly args?: readonly (string | number)[];
  readonly errorMessage?: string;
}

export interface EnablingCondition {
  readonly paramName: string;
  readonly paramValue: string | boolean;
  readonly type: 'EQUALS' | 'NOT_EQUALS' | 'PRESENT';
}

export interface Choice {
  readonly value: string;
  readonly displayValue: string;
  readonly help?: string;
  readonly subParams?: readonly Field[];
}

export interface SimpleTableColumn {
  readonly name: string;
  readonly displayName: string;
  readonly type: 'TEXT' | 'SELECT';
  readonly defaultValue?: string;
  readonly isUnique?: boolean;
  readonly valueHint?: string;
  readonly selectItems?: readonly Choice[];
  readonly valueValidators?: readonly ValueValidator[];
}

export interface Field {
  readonly type: FieldType;
  readonly name: string;
  readonly displayName?: string;
  readonly simpleValueType?: boolean;
  readonly help?: string;
  readonly defaultValue?: string | boolean | number;
  readonly valueHint?: string;
  readonly alwaysInSummary?: boolean;
  readonly notSetText?: string;
  readonly canBeEmptyString?: boolean;
  readonly checkboxText?: string;
  readonly groupStyle?: 'NO_ZIPPY' | 'ZIPPY_OPEN' | 'ZIPPY_CLOSED' | 'ZIPPY_OPEN_ON_PARAM';
  readonly valueValidators?: readonly ValueValidator[];
  readonly enablingConditions?: readonly EnablingCondition[];
  readonly selectItems?: readonly Choice[];
  readonly radioItems?: readonly Choice[];
  readonly macrosInSelect?: boolean;
  readonly subParams?: readonly Field[];
  readonly simpleTableColumns?: readonly SimpleTableColumn[];
  readonly paramTableColumns?: readonly { readonly param: Field; readonly isUnique?: boolean }[];
  readonly newRowButtonText?: string;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

type Flatten<T> = { [K in keyof T]: T[K] };

/** The value `data.<name>` holds for one field (GROUP and LABEL hold none). */
export type ValueOf<F> = F extends { readonly type: 'CHECKBOX' }
  ? boolean
  : F extends { readonly type: 'SELECT'; readonly selectItems: readonly (infer C)[] }
    ? C extends { readonly value: infer V } ? V : string
    : F extends { readonly type: 'RADIO'; readonly radioItems: readonly (infer C)[] }
      ? C extends { readonly value: infer V } ? V : string
      : F extends { readonly type: 'SIMPLE_TABLE'; readonly simpleTableColumns: readonly (infer C)[] }
        ? { [K in C extends { readonly name: infer N extends string } ? N : never]: string }[]
        : F extends { readonly type: 'PARAM_TABLE'; readonly paramTableColumns: readonly (infer C)[] }
          ? DataOf<readonly (C extends { readonly param: infer P } ? P : never)[]>[]
          : string;

/** Fields nested in a field that GTM puts flat on `data`: a group's sub-fields, a choice's sub-fields. */
type Nested<F> =
  | (F extends { readonly subParams: readonly (infer S)[] } ? S : never)
  | (F extends { readonly selectItems: readonly (infer C)[] } ? (C extends { readonly subParams: readonly (infer S)[] } ? S : never) : never)
  | (F extends { readonly radioItems: readonly (infer C)[] } ? (C extends { readonly subParams: readonly (infer S)[] } ? S : never) : never);

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is the neutral element of `&` here.
type Nothing = {};

type Own<F> = F extends { readonly type: 'GROUP' | 'LABEL' }
  ? Nothing
  : F extends { readonly name: infer N extends string }
    ? { readonly [K in N]: ValueOf<F> }
    : Nothing;

/** One level of nesting is followed (GTM templates rarely nest deeper; deeper fields need their own type). */
type FieldData<F> = F extends unknown ? Own<F> & UnionToIntersection<Own<Nested<F>>> : never;

/** The `data` object a template's code receives for these fields. */
export type DataOf<Fs extends readonly unknown[]> = Flatten<UnionToIntersection<FieldData<Fs[number]>>>;

/** A tag's `data` also carries the two callbacks GTM adds. */
export interface TagCallbacks {
  gtmOnSuccess(): void;
  gtmOnFailure(): void;
}
