import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(() => Promise.resolve()) } }));
vi.mock('electron', () => electron);

import type { Session, WebContents, WebFrameMain } from 'electron';
import {
  denyAllPermissions,
  hardenWebContents,
  isTrustedSender,
  originOf,
} from '../../../src-main/main/security';

type OpenHandler = (details: { url: string }) => { action: string };

class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** Emits like Electron does and reports whether a listener called preventDefault. */
  fire(eventName: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(eventName, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

const APP = 'app://bundle';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, APP);
  return contents;
}

beforeEach(() => electron.shell.openExternal.mockClear());

describe('originOf', () => {
  it('gives scheme://host for app and http URLs, which Node would call "null" for app:', () => {
    expect(originOf('app://bundle/index.html?x#y')).toBe('app://bundle');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });
});

describe('navigation guards', () => {
  it('lets the app navigate within its own origin', () => {
    expect(hardened().fire('will-navigate', `${APP}/index.html#fiscal`)).toBe(false);
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'http://localhost:5173/'])(
    'prevents navigation to %s',
    (url) => {
      expect(hardened().fire('will-navigate', url)).toBe(true);
    },
  );

  it('opens an https link in the system browser instead, and nothing else', () => {
    const contents = hardened();
    contents.fire('will-navigate', 'https://www.canada.ca/en/department-finance.html');
    contents.fire('will-navigate', 'file:///etc/passwd');
    contents.fire('will-navigate', 'javascript:alert(1)');
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith(
      'https://www.canada.ca/en/department-finance.html',
    );
  });

  it('prevents redirects away from the app', () => {
    const contents = hardened();
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', `${APP}/other.html`)).toBe(false);
  });

  it('denies every window.open, same-origin included', () => {
    const contents = hardened();
    expect(contents.openHandler?.({ url: `${APP}/index.html` })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'smb://host/share' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents attaching a webview', () => {
    expect(hardened().fire('will-attach-webview', {}, { src: `${APP}/index.html` })).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler:
      ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent }) as unknown as WebFrameMain;

  it('accepts the top-level app document', () => {
    expect(isTrustedSender(frame(`${APP}/index.html`), APP)).toBe(true);
  });

  it('rejects a foreign origin, a subframe, and a destroyed frame', () => {
    expect(isTrustedSender(frame('https://evil.example/'), APP)).toBe(false);
    expect(isTrustedSender(frame('app://bundle.evil/index.html'), APP)).toBe(false);
    expect(isTrustedSender(frame(`${APP}/index.html`, frame(`${APP}/index.html`)), APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });

  it('accepts the dev server only when it is the trusted origin', () => {
    expect(isTrustedSender(frame('http://localhost:5173/'), 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(frame('http://localhost:5174/'), 'http://localhost:5173')).toBe(false);
  });
});
