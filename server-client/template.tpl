___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "CLIENT",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "INFOnline Measurement Client (consent-gated)",
  "categories": [
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "INFOnline (community)"
  },
  "description": "Claims INFOnline measurement hits sent by the consent-gated web tag and answers them; forwards each vendor only what the visitor granted.",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "path",
    "displayName": "Request path",
    "simpleValueType": true,
    "help": "The client claims requests to this path (exactly) and answers them with 204 No Content.",
    "defaultValue": "/iom",
    "valueValidators": [
      {
        "type": "REGEX",
        "args": [
          "^/.*"
        ],
        "errorMessage": "The path starts with \"/\"."
      }
    ],
    "alwaysInSummary": true
  }
]


___SANDBOXED_JS_FOR_SERVER___

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


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "read_request",
        "versionId": "1"
      },
      "param": [
        {
          "key": "requestAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "pathAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "headerAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "queryParameterAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_response",
        "versionId": "1"
      },
      "param": [
        {
          "key": "writeResponseAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "writeStatusAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeHeaderAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "return_response",
        "versionId": "1"
      }
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Claims a request on the configured path and answers 204 once
  code: |-
    mock('getRequestPath', '/iom');
    runCode({
      path: '/iom'
    });
    assertApi('claimRequest').wasCalled();
    assertApi('setResponseStatus').wasCalledWith(204);
    assertApi('returnResponse').wasCalled();
- name: Ignores requests on other paths
  code: |-
    mock('getRequestPath', '/collect');
    runCode({
      path: '/iom'
    });
    assertApi('claimRequest').wasNotCalled();
    assertApi('setResponseStatus').wasNotCalled();
    assertApi('returnResponse').wasNotCalled();
- name: Uses /iom when the path field is empty
  code: |-
    mock('getRequestPath', '/iom');
    runCode({
      path: ''
    });
    assertApi('claimRequest').wasCalled();
    assertApi('returnResponse').wasCalled();
setup: ''


___NOTES___

INFOnline measurement (consent-gated), server-side client.

Minimal stage (issue 2): the client claims requests on the configured path (default `/iom`), answers each with
exactly one 204 response and ignores other paths. Issue 6 fills it in: hit parsing (st, cp, co, ct, TC string),
the consent decision and the per-vendor forwarding with timeouts.

Built from TypeScript (`server-client/`) by `npm run build`; never edit this file by hand.


