/** `___INFO___` of the web tag template (research/gtm-sandbox.md §3.2). */
import type { TemplateInfo } from '../packages/gtm-template-test-runner/src/tpl/types.ts';

export const info = {
  type: 'TAG',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'INFOnline Measurement (consent-gated)',
  categories: ['ANALYTICS'],
  brand: { id: 'brand_dummy', displayName: 'INFOnline (community)' },
  description:
    'Measures page views for INFOnline (IVW/agof) only for what the visitor granted in the TCF CMP: site id, page code and comment.',
  containerContexts: ['WEB'],
} satisfies TemplateInfo;
