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

import { createMainWindow, mainWindowOptions } from '../../../src-main/main/window';

describe('main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security, no webview', () => {
    const { webPreferences, title } = mainWindowOptions('/app/out/preload/index.js');
    expect(title).toBe('Public Money Lab');
    expect(webPreferences).toMatchObject({
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
    });
  });

  it('creates the window with those options, loads the start URL, shows when ready', () => {
    const win = createMainWindow('/p.js', 'app://bundle/index.html') as unknown as InstanceType<
      typeof electron.BrowserWindow
    >;
    expect(win.options).toEqual(mainWindowOptions('/p.js'));
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalledOnce();
  });
});
