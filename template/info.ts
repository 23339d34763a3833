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
    'INFOnline (IVW/agof) measurement with the visitor\'s consent: reads the TCF CMP (or a manual ct, or Consent Mode), sends INFOnline\'s ct consent string with the Measurement Manager, the classic iam.js tag and/or a hit to your server container, and keeps the iom_consent cookie.',
  containerContexts: ['WEB'],
} satisfies TemplateInfo;
