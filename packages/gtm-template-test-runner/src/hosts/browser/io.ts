/**
 * Real I/O for a web template in a page: the window APIs work on the page's `window` (values still cross the
 * sandbox boundary as copies, done by the host), `injectScript` adds a script element (once per cache token, as
 * GTM), `sendPixel` loads an image, cookies are `document.cookie`, the URL and referrer are the page's.
 * Everything else (consent state, data layer, server-only APIs) is the recording I/O's.
 */
import { createRecordingIo, type Callback, type SandboxIo } from '../../runtime/io.ts';

export interface BrowserIoOptions {
  /** `logToConsole`; `console.log` by default. */
  log?: (args: unknown[]) => void;
}

type ScriptState = { state: 'loading' | 'loaded' | 'failed'; callbacks: { onSuccess: Callback | undefined; onFailure: Callback | undefined }[] };

export function createBrowserIo(options: BrowserIoOptions = {}): SandboxIo {
  const base = createRecordingIo();
  const record = (...call: unknown[]): void => void base.calls.push(call);
  const scripts = new Map<string, ScriptState>();

  const inject = (url: string, done: (loaded: boolean) => void): void => {
    const element = document.createElement('script');
    element.src = url;
    element.async = true;
    element.onload = () => done(true);
    element.onerror = () => done(false);
    (document.head ?? document.documentElement).appendChild(element);
  };

  return {
    ...base,
    window: window as unknown as Record<string, unknown>,
    log(args) {
      record('logToConsole', ...args);
      (options.log ?? ((a: unknown[]) => console.log(...a)))(args);
    },
    sendPixel(url, onSuccess, onFailure) {
      record('sendPixel', url);
      const image = new Image();
      image.onload = () => void onSuccess?.();
      image.onerror = () => void onFailure?.();
      image.src = url;
    },
    injectScript(url, onSuccess, onFailure, cacheToken) {
      record('injectScript', url);
      if (typeof cacheToken !== 'string' || cacheToken === '') {
        inject(url, (loaded) => void (loaded ? onSuccess?.() : onFailure?.()));
        return;
      }
      const known = scripts.get(cacheToken);
      if (known !== undefined && known.state !== 'loading') {
        void (known.state === 'loaded' ? onSuccess?.() : onFailure?.());
        return;
      }
      if (known !== undefined) {
        known.callbacks.push({ onSuccess, onFailure });
        return;
      }
      const entry: ScriptState = { state: 'loading', callbacks: [{ onSuccess, onFailure }] };
      scripts.set(cacheToken, entry);
      inject(url, (loaded) => {
        entry.state = loaded ? 'loaded' : 'failed';
        for (const callback of entry.callbacks.splice(0)) void (loaded ? callback.onSuccess?.() : callback.onFailure?.());
      });
    },
    injectHiddenIframe(url, onSuccess) {
      record('injectHiddenIframe', url);
      const frame = document.createElement('iframe');
      frame.style.display = 'none';
      frame.onload = () => void onSuccess?.();
      frame.src = url;
      document.body.appendChild(frame);
    },
    page: {
      get url() {
        return location.href;
      },
      get referrer() {
        return document.referrer;
      },
      get title() {
        return document.title;
      },
      get characterSet() {
        return document.characterSet;
      },
    },
    getCookieValues(name, decode) {
      const values: string[] = [];
      for (const pair of document.cookie.split(';')) {
        const at = pair.indexOf('=');
        if (at === -1 || pair.slice(0, at).trim() !== name) continue;
        const raw = pair.slice(at + 1).trim();
        values.push(decode ? safeDecode(raw) : raw);
      }
      return values;
    },
    setCookie(name, value, cookieOptions, encode) {
      record('setCookie', name, value, cookieOptions);
      document.cookie = cookieString(name, encode ? encodeURIComponent(value) : value, cookieOptions);
    },
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * `name=value; …` from GTM's setCookie options. `domain: 'auto'` lets the browser use the page's host (GTM picks
 * the widest domain that accepts the cookie; a test page on 127.0.0.1 has only its host).
 */
export function cookieString(name: string, value: string, options: Record<string, unknown>): string {
  const parts = [`${name}=${value}`];
  if (typeof options['domain'] === 'string' && options['domain'] !== 'auto' && options['domain'] !== 'none') parts.push(`domain=${options['domain']}`);
  parts.push(`path=${typeof options['path'] === 'string' ? options['path'] : '/'}`);
  if (typeof options['max-age'] === 'number') parts.push(`max-age=${options['max-age']}`);
  if (typeof options['expires'] === 'string') parts.push(`expires=${options['expires']}`);
  if (options['secure'] === true) parts.push('secure');
  if (typeof options['samesite'] === 'string') parts.push(`samesite=${options['samesite']}`);
  return parts.join('; ');
}
