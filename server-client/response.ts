/**
 * The browser's answer, written once per claimed request: 204 (or the 1×1 pixel) for accepted hits, 400 with a
 * short fixed-vocabulary reason for refused ones, 204 with the preflight headers for OPTIONS. CORS headers only for
 * an Origin the publisher listed.
 */
const returnResponse = require('returnResponse');
const setPixelResponse = require('setPixelResponse');
const setResponseBody = require('setResponseBody');
const setResponseHeader = require('setResponseHeader');
const setResponseStatus = require('setResponseStatus');

export type ResponseType = 'noContent' | 'pixel';

export type Answer =
  | { kind: 'accepted'; responseType: ResponseType }
  | { kind: 'refused'; reason: string }
  | { kind: 'preflight' };

const NO_CONTENT = 204;
const BAD_REQUEST = 400;

export function respond(answer: Answer, origin: string | undefined, allowedOrigins: string[]): void {
  if (origin !== undefined && allowedOrigins.indexOf(origin) !== -1) {
    setResponseHeader('access-control-allow-origin', origin);
    setResponseHeader('vary', 'Origin');
    if (answer.kind === 'preflight') {
      setResponseHeader('access-control-allow-methods', 'GET, POST');
      setResponseHeader('access-control-allow-headers', 'content-type');
      setResponseHeader('access-control-max-age', '86400');
    }
  }
  if (answer.kind === 'refused') {
    setResponseStatus(BAD_REQUEST);
    setResponseHeader('content-type', 'text/plain; charset=utf-8');
    setResponseHeader('x-content-type-options', 'nosniff');
    setResponseBody('bad request: ' + answer.reason);
  } else if (answer.kind === 'accepted' && answer.responseType === 'pixel') {
    setPixelResponse();
  } else {
    setResponseStatus(NO_CONTENT);
  }
  returnResponse();
}
