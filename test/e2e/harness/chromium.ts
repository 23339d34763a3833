/** Moved to scripts/browser/ (the demo uses it too); kept here for the browser tests' imports. */
export { CHROMIUM_PATH, launchChromium } from '../../../scripts/browser/chromium.ts';
