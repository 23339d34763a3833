/**
 * The hit's parameters and the bounds on a request, as data (docs/wire-protocol.md). No GTM API here: the
 * permissions list (built in Node) reads the parameter names for the query-parameter allow list.
 */

/** Parameter kinds: how a value is checked. */
export type Kind = 'token' | 'text' | 'ct' | 'survey' | 'flag' | 'tcString' | 'url';

/** The hit's parameters: the web template sends these names (docs/wire-protocol.md). */
export const HIT_PARAMETERS: readonly { name: HitField; kind: Kind; maxLength: number; required: boolean }[] = [
  { name: 'st', kind: 'token', maxLength: 64, required: true },
  { name: 'cp', kind: 'text', maxLength: 255, required: false },
  { name: 'co', kind: 'text', maxLength: 255, required: false },
  { name: 'ct', kind: 'ct', maxLength: 10, required: false },
  { name: 'sv', kind: 'survey', maxLength: 2, required: false },
  { name: 'gdpr', kind: 'flag', maxLength: 1, required: false },
  { name: 'gdpr_consent', kind: 'tcString', maxLength: 4096, required: false },
  { name: 'url', kind: 'url', maxLength: 2048, required: false },
  { name: 'ref', kind: 'url', maxLength: 2048, required: false },
  { name: 'uid', kind: 'token', maxLength: 128, required: false },
  // The consent timestamp (ms since 1970). Checked by the identifier rules, which skip a malformed one, not here.
  { name: 'cts', kind: 'text', maxLength: 64, required: false },
];

export type HitField = 'st' | 'cp' | 'co' | 'ct' | 'sv' | 'gdpr' | 'gdpr_consent' | 'url' | 'ref' | 'uid' | 'cts';

/** INFOnline's survey values (research/tcf-infonline.md §4.4). */
export const SURVEY_VALUES: readonly string[] = ['in', 'i2', 'mo', 'ke', 'dz'];

/** Bounds on what one request may carry. */
export const MAX_BODY_LENGTH = 16384;
export const MAX_BATCH_LENGTH = 20;

