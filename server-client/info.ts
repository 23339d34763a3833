/** `___INFO___` of the server-side client template (research/gtm-sandbox.md §3.2). */
import type { TemplateInfo } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

export const info = {
  type: 'CLIENT',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'INFOnline Measurement Client (consent-gated)',
  categories: ['ANALYTICS'],
  brand: { id: 'brand_dummy', displayName: 'INFOnline (community)' },
  description:
    'Claims INFOnline measurement hits sent by the consent-gated web tag and answers them; forwards each vendor only what the visitor granted.',
  containerContexts: ['SERVER'],
} satisfies TemplateInfo;
