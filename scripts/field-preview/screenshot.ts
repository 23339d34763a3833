/** A full-page PNG of a preview page, taken by Debian's Chromium offline (scripts/browser/chromium.ts). */
import { launchChromium } from '../browser/chromium.ts';

export async function screenshotPages(pages: readonly { html: string; png: string }[]): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 1 });
    // The pages need nothing from outside; refuse any request so a stray URL cannot make the image vary.
    await context.route('**/*', (route) => route.abort());
    for (const { html, png } of pages) {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.screenshot({ path: png, fullPage: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
