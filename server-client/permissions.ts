/**
 * `___SERVER_PERMISSIONS___`: least privilege. The build checks this list against the compiled code: every
 * required API needs its permission, and a permission no API uses is an error.
 */
import type { Permission } from '../packages/gtm-template-test-runner/src/tpl/types.ts';
import { HIT_PARAMETERS } from './parameters.ts';

/**
 * Identifier sources the template may read (docs/privacy.md): example cookies (an analytics client id, a CRM
 * tracking cookie, a session-recording id) and one query parameter. A publisher whose identifier rules read other
 * cookies or parameters adds them here, as with vendor hosts in send_http.
 */
const IDENTIFIER_COOKIES = ['_ga', 'hubspotutk', '_clck'];
const IDENTIFIER_QUERY_PARAMETERS = ['crm_id'];

export const permissions = [
  // getRequestPath, getRequestMethod, getRequestBody, getRequestHeader('origin'), getRequestQueryParameter(<hit parameter>).
  {
    id: 'read_request',
    params: {
      requestAccess: 'specific',
      pathAllowed: true,
      bodyAllowed: true,
      headersAllowed: true,
      queryParametersAllowed: true,
      headerAccess: 'specific',
      headerWhitelist: [{ headerName: 'origin' }],
      queryParameterAccess: 'specific',
      queryParameterWhitelist: HIT_PARAMETERS.map((parameter): string => parameter.name).concat(IDENTIFIER_QUERY_PARAMETERS)
        .map((name) => ({ queryParameter: name })),
    },
  },
  // setResponseStatus, setResponseBody, setResponseHeader (CORS and the 400's content type), setPixelResponse.
  {
    id: 'access_response',
    params: {
      writeResponseAccess: 'specific',
      writeStatusAllowed: true,
      writeBodyAllowed: true,
      writeHeadersAllowed: true,
      writeHeaderAccess: 'specific',
      writeHeaderWhitelist: [
        'access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age',
        'vary', 'content-type', 'x-content-type-options', 'cache-control', 'expires', 'pragma',
      ].map((name) => ({ headerName: name })),
    },
  },
  { id: 'return_response', params: {} },
  // getCookieValues: the identifier rules' cookies only.
  { id: 'get_cookies', params: { cookieAccess: 'specific', cookieNames: IDENTIFIER_COOKIES } },
  // runContainer: one event per hit, with the consent per vendor.
  { id: 'run_container', params: {} },
  // sendHttpRequest: INFOnline's host only. A publisher who adds vendors to the routing table adds their hosts here.
  { id: 'send_http', params: { allowedUrls: 'specific', urls: ['https://de.ioam.de/'] } },
  // templateDataStorage: the parsed routing, identifier and link tables, kept between requests.
  { id: 'access_template_storage', params: {} },
  // getContainerVersion: the debug flag, so routing decisions are logged in preview only.
  { id: 'read_container_data', params: {} },
  { id: 'logging', params: { environments: 'debug' } },
] satisfies Permission[];
