/**
 * Debian's Chromium through playwright-core: never a downloaded browser.
 * The flags keep Chromium off the network (this machine has none beyond the package registries) and make it start
 * quickly and quietly as root in CI.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const QUIET_OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_OFFLINE_FLAGS });
}
