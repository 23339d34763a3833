/** GTM APIs that more than one part of the tag uses, required once (GTM's `require` is the only way to them). */
export const callInWindow = require('callInWindow');
export const getCookieValues = require('getCookieValues');
export const getTimestampMillis = require('getTimestampMillis');
export const makeNumber = require('makeNumber');
const logToConsole = require('logToConsole');

/** Logs in preview/debug mode only (the logging permission); returns '' so a callback can log and pass on. */
export function log(message: string): string {
  logToConsole('INFOnline measurement: ' + message);
  return '';
}
