/** `___INFO___` of the web tag template (research/gtm-sandbox.md §3.2). */
import type { TemplateInfo } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

export const info = {
  type: 'TAG',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'INFOnline Measurement (consent-gated)',
  categories: ['ANALYTICS'],
  // A community template, not INFOnline's: the brand must not read as the vendor's own (gallery style guide).
  brand: { id: 'brand_dummy', displayName: 'Community template (not by INFOnline)' },
  // The gallery shows at most 200 characters (research/gtm-sandbox.md §3.2); test/docs/gallery-info.test.ts checks.
  description:
    'Measures page views for INFOnline (IVW/agof) only as far as the visitor consented: reads your TCF CMP and sends INFOnline\'s ct consent string with its tag and/or to your server container.',
  containerContexts: ['WEB'],
} satisfies TemplateInfo;
