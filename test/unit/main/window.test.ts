import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    listeners = new Map<string, () => void>();
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    once(event: string, listener: () => void): void {
      this.listeners.set(event, listener);
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

import { createMainWindow } from '../../../src-main/main/window';

type FakeWindow = InstanceType<typeof electron.BrowserWindow>;

describe('main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security, no webview', () => {
    const win = createMainWindow(
      '/app/out/preload/index.js',
      'app://bundle/index.html',
    ) as unknown as FakeWindow;
    expect(win.options['title']).toBe('Public Money Lab');
    expect(win.options['webPreferences']).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // Blink features switched on by name bypass the settings above: none may be.
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs['experimentalFeatures']).toBe(false);
  });

  it('loads the start URL and shows the window only when ready', () => {
    const win = createMainWindow('/p.js', 'app://bundle/index.html') as unknown as FakeWindow;
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalledOnce();
  });
});
