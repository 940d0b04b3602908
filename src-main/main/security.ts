import type { Session, WebContents, WebFrameMain } from 'electron';
import { shell } from 'electron';

/**
 * `scheme://host[:port]` of a URL, or null. Node's URL gives the origin "null" for schemes it
 * does not know (app:), so build it from the parts instead of reading `url.origin`.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isTrustedUrl(url: string, trustedOrigin: string): boolean {
  return originOf(url) === trustedOrigin;
}

/**
 * Only the app's own top-level document may call main. An iframe is refused even when it is
 * same-origin, since nothing in the app embeds one.
 */
export function isTrustedSender(frame: WebFrameMain | null, trustedOrigin: string): boolean {
  if (frame === null || frame.parent !== null) return false;
  return isTrustedUrl(frame.url, trustedOrigin);
}

/** Source links in the UI open in the user's browser; nothing else leaves the app. */
function openInBrowserIfHttps(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol === 'https:') void shell.openExternal(parsed.href);
}

/** Applied to every WebContents the app creates, so a stray new one cannot escape the rules. */
export function hardenWebContents(contents: WebContents, trustedOrigin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url, trustedOrigin)) return;
    event.preventDefault();
    openInBrowserIfHttps(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, trustedOrigin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowserIfHttps(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** The app needs no camera, location, notifications, clipboard reads or the like. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
