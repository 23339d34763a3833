___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "INFOnline Measurement (consent-gated)",
  "categories": [
    "ANALYTICS"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "INFOnline (community)"
  },
  "description": "Measures page views for INFOnline (IVW/agof) only for what the visitor granted in the TCF CMP: site id, page code and comment.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "st",
    "displayName": "Site ID (st)",
    "simpleValueType": true,
    "help": "The INFOnline site identifier of this website (the offer identifier given by INFOnline).",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      }
    ],
    "alwaysInSummary": true
  },
  {
    "type": "TEXT",
    "name": "cp",
    "displayName": "Page code (cp)",
    "simpleValueType": true,
    "help": "The page code (category) of this page, as agreed with INFOnline.",
    "alwaysInSummary": true
  },
  {
    "type": "TEXT",
    "name": "co",
    "displayName": "Comment (co)",
    "simpleValueType": true,
    "help": "A free comment sent with the measurement.",
    "canBeEmptyString": true
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

const logToConsole = require('logToConsole');
const logPrefix = 'INFOnline measurement:';
const measurement = {
  st: data.st,
  cp: data.cp,
  co: data.co
};
if (measurement.st === '') {
  logToConsole(logPrefix + ' no site id (st) configured; nothing measured');
  data.gtmOnFailure();
} else {
  logToConsole(logPrefix, measurement);
  data.gtmOnSuccess();
}


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Fails without a site id
  code: |-
    runCode(objectSpread({}, mockData, {
      st: ''
    }));
    assertApi('logToConsole').wasCalledWith('INFOnline measurement: no site id (st) configured; nothing measured');
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
    function objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source != null) {
          for (var key in source) target[key] = source[key];
        }
      }
      return target;
    }
- name: Logs the configured measurement and succeeds
  code: |-
    runCode(mockData);
    assertApi('logToConsole').wasCalledWith('INFOnline measurement:', {
      st: 'demo',
      cp: 'home',
      co: 'minimal template'
    });
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
setup: |-
  const mockData = {
    st: 'demo',
    cp: 'home',
    co: 'minimal template'
  };


___NOTES___

INFOnline measurement (consent-gated), web tag.

Minimal stage (issue 2): the tag reads its fields (site id `st`, page code `cp`, comment `co`), logs them in
debug mode and calls `data.gtmOnSuccess()` (or `data.gtmOnFailure()` without a site id). Issue 5 fills it in: the
TCF reader, the per-vendor consent decision, the `ct` consent string and the INFOnline measurement.

Built from TypeScript (`template/`) by `npm run build`; never edit this file by hand.


