import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isAllowedRequest, isAppOrigin } from './security';

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
  };
  const log = vi.fn();
  hardenWebContents(contents as unknown as WebContents, log);
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { listeners, openHandler: () => openHandler, navigate, log };
}

describe('isAppOrigin', () => {
  it.each(['app://planner/index.html', 'app://planner/index.html#/report/1?x=2', 'app://planner'])('trusts %s', (url) => {
    expect(isAppOrigin(url)).toBe(true);
  });
  it.each([
    'https://evil.example/',
    'http://planner/',
    'file:///index.html',
    'app://evil/index.html',
    'app://planner.evil.example/',
    'app://user:pass@planner/',
    'app://planner:1234/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'not a url',
    '',
  ])('does not trust %s', (url) => {
    expect(isAppOrigin(url)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it.each(['app://planner/assets/app.js', 'data:image/png;base64,AAAA', 'blob:app://planner/1234-5678'])('allows %s', (url) => {
    expect(isAllowedRequest(url, { devTools: false })).toBe(true);
  });
  it.each([
    'https://evil.example/collect',
    'http://localhost:5173/',
    'ws://localhost:1234/',
    'wss://evil.example/',
    'file:///etc/passwd',
    'ftp://evil.example/',
    'app://evil/x.js',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url, { devTools: false })).toBe(false);
  });
  it('allows devtools: only when DevTools are enabled', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
    expect(isAllowedRequest('https://chrome-devtools-frontend.appspot.com/', { devTools: true })).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from the app is prevented', (event) => {
    const { navigate } = fakeWebContents();
    expect(navigate(event, 'https://evil.example/phish')).toBe(true);
    expect(navigate(event, 'file:///etc/passwd')).toBe(true);
    expect(navigate(event, 'app://evil/index.html')).toBe(true);
  });

  it('allows navigation within the app origin', () => {
    const { navigate } = fakeWebContents();
    expect(navigate('will-navigate', 'app://planner/index.html#/portfolio')).toBe(false);
  });

  it('denies every window.open', () => {
    const { openHandler } = fakeWebContents();
    expect(openHandler()?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler()?.({ url: 'app://planner/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents webviews from attaching', () => {
    const { listeners } = fakeWebContents();
    const preventDefault = vi.fn();
    listeners.get('will-attach-webview')?.({ preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function hardened() {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
      setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
      webRequest: { onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h) },
    };
    hardenSession(session as unknown as Session, { devTools: false }, vi.fn());
    return handlers;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission request and check',
    (permission) => {
      const handlers = hardened();
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.(null, permission, 'app://planner', {})).toBe(false);
    },
  );

  it('grants persistent storage to the app itself, so the data is never evicted, and to nothing else', () => {
    const handlers = hardened();
    const request = (requestingUrl: string, isMainFrame = true) => {
      const callback = vi.fn();
      handlers.request?.({}, 'persistent-storage', callback, { requestingUrl, isMainFrame });
      return callback.mock.calls[0]?.[0];
    };
    expect(request('app://planner/index.html#/portfolio')).toBe(true);
    expect(handlers.check?.(null, 'persistent-storage', 'app://planner', { isMainFrame: true, requestingUrl: 'app://planner/' })).toBe(
      true,
    );

    expect(request('https://evil.example/')).toBe(false);
    expect(request('app://planner/index.html', false)).toBe(false);
    expect(request('app://plannerx/index.html')).toBe(false);
    expect(
      handlers.check?.(null, 'persistent-storage', 'https://evil.example', { isMainFrame: true, requestingUrl: 'https://evil.example/' }),
    ).toBe(false);
    expect(handlers.check?.(null, 'persistent-storage', 'app://planner', { isMainFrame: false, requestingUrl: 'app://planner/' })).toBe(
      false,
    );
  });

  it('cancels network requests and lets app:// through', () => {
    const handlers = hardened();
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://evil.example/beacon')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('app://planner/assets/app.js')).toEqual({ cancel: false });
    expect(decide('data:text/plain,hi')).toEqual({ cancel: false });
  });
});
