/**
 * The gallery's rules for a template's `___INFO___` and terms section (research/gtm-sandbox.md §3.2, §5; the
 * gallery's style guide): checked on the built `.tpl`, the file the gallery actually reads.
 */
import { parseTpl } from '../../packages/gtm-template-test-runner/src/tpl/parse.ts';
import { formatDiagnostic } from '../../packages/gtm-template-test-runner/src/diagnostics.ts';

/** `categories` values seen in published gallery templates (research/gtm-sandbox.md §3.2). */
export const galleryCategories: readonly string[] = [
  'ACCESSIBILITY', 'ADVERTISING', 'AFFILIATE_MARKETING', 'ANALYTICS', 'ATTRIBUTION', 'CONSENT', 'CONVERSIONS',
  'DATA_WAREHOUSING', 'MARKETING', 'PERSONALIZATION', 'REMARKETING', 'TAG_MANAGEMENT', 'UTILITY',
];

/** The gallery shows at most this many characters of a description. */
export const maxDescription = 200;

export function checkGalleryInfo(tplText: string, file: string): string[] {
  const parsed = parseTpl(tplText, file);
  if (!parsed.ok) return parsed.diagnostics.map(formatDiagnostic);
  const { info, termsOfService } = parsed.value;
  const errors: string[] = [];
  if (termsOfService === undefined || termsOfService.trim() === '') {
    errors.push(`${file}: no ___TERMS_OF_SERVICE___ section: the gallery wants its terms accepted`);
  }
  const categories = info.categories ?? [];
  if (categories.length === 0) errors.push(`${file}: ___INFO___ has no categories; the gallery requires them`);
  for (const category of categories) {
    if (!galleryCategories.includes(category)) errors.push(`${file}: unknown category "${category}"`);
  }
  const description = info.description.trim();
  if (description === '') errors.push(`${file}: the description is empty`);
  if (info.description.length > maxDescription) {
    errors.push(`${file}: the description has ${info.description.length} characters, the gallery shows ${maxDescription}`);
  }
  if (/\bofficial\b/i.test(info.displayName)) errors.push(`${file}: "Official" in the name needs the vendor's authorisation`);
  if (info.brand === undefined || info.brand.displayName.trim() === '') errors.push(`${file}: no brand display name`);
  return errors;
}
