/**
 * The server client (minimal stage, issue 2): claims requests on the configured path (default `/iom`) and answers
 * each with exactly one 204 response; requests to other paths are left to other clients. Issue 6 adds the hit
 * parsing, the consent decision and the per-vendor forwarding.
 */
import type { DataOf } from '../compiler/fields.ts';
import type { fields } from './fields.ts';

declare const data: DataOf<typeof fields>;

const claimRequest = require('claimRequest');
const getRequestPath = require('getRequestPath');
const returnResponse = require('returnResponse');
const setResponseStatus = require('setResponseStatus');

const defaultPath = '/iom';
const noContent = 204;

const path = data.path === '' ? defaultPath : data.path;

if (getRequestPath() === path) {
  claimRequest();
  setResponseStatus(noContent);
  returnResponse();
}
