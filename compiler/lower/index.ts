/**
 * The lowering passes, in the order they run. Order matters where one pass produces what another lowers:
 * rest parameters run before default parameters so that the defaults are applied first in the body; both produce `var <pattern> = _param` for the destructuring pass;
 * destructuring produces object-rest helper calls; spread runs before computed keys so that the literals it splits
 * are lowered too; everything else is independent.
 */
import { computedKey } from './computed-key.ts';
import { defaultParameters } from './default-parameters.ts';
import { destructuring } from './destructuring.ts';
import { doWhile } from './do-while.ts';
import { exponent } from './exponent.ts';
import { logicalAssignment } from './logical-assignment.ts';
import { nullishCoalescing } from './nullish-coalescing.ts';
import { objectLiteral } from './object-literal.ts';
import { optionalChaining } from './optional-chaining.ts';
import type { Pass } from './pass.ts';
import { restParameters } from './rest-parameters.ts';
import { spread } from './spread.ts';
import { templateLiteral } from './template-literal.ts';
import { voidOperator } from './void-operator.ts';

export const passes: readonly Pass[] = [
  objectLiteral,
  templateLiteral,
  optionalChaining,
  nullishCoalescing,
  logicalAssignment,
  exponent,
  voidOperator,
  restParameters,
  defaultParameters,
  destructuring,
  spread,
  computedKey,
  doWhile,
];
