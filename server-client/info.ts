/** `___INFO___` of the server-side client template (research/gtm-sandbox.md §3.2). */
import type { TemplateInfo } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

export const info = {
  type: 'CLIENT',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'INFOnline Measurement Client (consent-gated)',
  categories: ['ANALYTICS'],
  // A community template, not INFOnline's: the brand must not read as the vendor's own (gallery style guide).
  brand: { id: 'brand_dummy', displayName: 'Community template (not by INFOnline)' },
  // The gallery shows at most 200 characters (research/gtm-sandbox.md §3.2); test/docs/gallery-info.test.ts checks.
  description:
    'Receives the INFOnline hits of the consent-gated web tag in your server container and forwards to each vendor only the data the visitor\'s consent allows it.',
  containerContexts: ['SERVER'],
} satisfies TemplateInfo;
