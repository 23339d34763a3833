/** The browser bundle's entry: `window.gtmBrowserHost.loadBrowserTemplate(tplText)` for pages. */
import { loadBrowserTemplate } from './host.ts';
import { createBrowserIo } from './io.ts';

Object.assign(window, { gtmBrowserHost: { loadBrowserTemplate, createBrowserIo } });
