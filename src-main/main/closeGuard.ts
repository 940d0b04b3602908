/**
 * Closing a window with unsaved changes asks first. Only the renderer knows whether a scenario is
 * unsaved, so the window's `close` is held, the renderer is asked (CHANNELS.closeRequested), and it
 * answers through `confirmClose` when the user agrees (or nothing is unsaved). A renderer that has
 * crashed or not loaded cannot answer, so its window closes at once: the autosave has its work.
 */
import type { BrowserWindow, WebContents } from 'electron';
import { CHANNELS } from '../preload/channels';

type GuardedWindow = Pick<BrowserWindow, 'on' | 'close'> & {
  webContents: Pick<WebContents, 'send' | 'isCrashed' | 'isLoading'>;
};

const allowed = new WeakSet<object>();

export function installCloseGuard(win: GuardedWindow): void {
  win.on('close', (event) => {
    const contents = win.webContents;
    if (allowed.has(contents) || contents.isCrashed() || contents.isLoading()) return;
    event.preventDefault();
    contents.send(CHANNELS.closeRequested);
  });
}

/** The renderer agreed: close its window, this time without asking. */
export function allowClose(win: GuardedWindow | null): void {
  if (!win) return;
  allowed.add(win.webContents);
  win.close();
}
