/**
 * The web tag (minimal stage, issue 2): reads its measurement fields, logs them in debug mode, and ends in exactly
 * one of `gtmOnSuccess` / `gtmOnFailure`. Issue 5 wires the TCF reader, the consent decision and the measurement.
 */
import type { DataOf, TagCallbacks } from '../compiler/fields.ts';
import type { fields } from './fields.ts';

declare const data: DataOf<typeof fields> & TagCallbacks;

const logToConsole = require('logToConsole');

const logPrefix = 'INFOnline measurement:';

const measurement = { st: data.st, cp: data.cp, co: data.co };

if (measurement.st === '') {
  logToConsole(`${logPrefix} no site id (st) configured; nothing measured`);
  data.gtmOnFailure();
} else {
  logToConsole(logPrefix, measurement);
  data.gtmOnSuccess();
}
