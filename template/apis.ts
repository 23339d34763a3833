/** GTM APIs that more than one part of the tag uses, required once (GTM's `require` is the only way to them). */
export const callInWindow = require('callInWindow');
export const getTimestampMillis = require('getTimestampMillis');
export const makeNumber = require('makeNumber');
