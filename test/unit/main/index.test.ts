import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The whole of Electron that index.ts touches, rebuilt per test so each import starts clean.
function makeElectron(options: { isPackaged: boolean; gotLock?: boolean }) {
  const order: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let ready: () => void = () => {};
  const windows: FakeWindow[] = [];
  class FakeWindow {
    webContents = { send: vi.fn() };
    loadURL = vi.fn(() => Promise.resolve());
    constructor(public options: { webPreferences: { preload: string } }) {
      windows.push(this);
    }
    once(): void {}
    on(): void {}
    show(): void {}
    static getFocusedWindow = vi.fn(() => null);
    static fromWebContents = vi.fn(() => null);
    static getAllWindows = vi.fn(() => windows);
  }
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const electron = {
    app: {
      isPackaged: options.isPackaged,
      enableSandbox: vi.fn(() => order.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
      quit: vi.fn(),
      getVersion: () => '0.1.0',
      getPath: () => '/tmp',
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: vi.fn((channel: string, h: never) => handlers.set(channel, h)) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
      handle: vi.fn(),
    },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showMessageBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
  return {
    electron,
    order,
    windows,
    handlers,
    appListeners,
    async becomeReady(): Promise<void> {
      order.push('ready');
      ready();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

async function start(options: { isPackaged: boolean; gotLock?: boolean; rendererUrl?: string }) {
  vi.resetModules();
  if (options.rendererUrl === undefined) vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  else vi.stubEnv('ELECTRON_RENDERER_URL', options.rendererUrl);
  const fake = makeElectron(options);
  vi.doMock('electron', () => fake.electron);
  await import('../../../src-main/main/index');
  return fake;
}

beforeEach(() => vi.unstubAllEnvs());
afterEach(() => vi.doUnmock('electron'));

describe('main process wiring', () => {
  it('registers the scheme and enables the sandbox before ready, then serves app:// in production', async () => {
    const fake = await start({ isPackaged: true });
    await fake.becomeReady();
    expect(fake.order).toEqual(['enableSandbox', 'registerSchemes', 'ready']);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(fake.windows[0]?.options.webPreferences.preload).toMatch(/preload[/\\]index\.js$/);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, for loading and for IPC trust', async () => {
    const fake = await start({ isPackaged: true, rendererUrl: 'http://evil.example:5173/' });
    await fake.becomeReady();
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    const open = fake.handlers.get('file:open-scenario');
    const fromEnvUrl = { sender: {}, senderFrame: { url: 'http://evil.example:5173/', parent: null } };
    await expect(open?.(fromEnvUrl)).rejects.toThrow(/untrusted sender/);
  });

  it('loads the dev server in development, trusts only it, and adds devtools to the menu', async () => {
    const fake = await start({ isPackaged: false, rendererUrl: 'http://localhost:5173/' });
    await fake.becomeReady();
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(fake.electron.protocol.handle).not.toHaveBeenCalled();
    const fromApp = { sender: {}, senderFrame: { url: 'app://bundle/index.html', parent: null } };
    await expect(fake.handlers.get('file:open-scenario')?.(fromApp)).rejects.toThrow(/untrusted sender/);
    expect(JSON.stringify(fake.electron.Menu.setApplicationMenu.mock.calls[0])).toContain('toggleDevTools');
  });

  it('hardens every WebContents the app creates', async () => {
    const fake = await start({ isPackaged: true });
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('sends menu clicks to the window as menu:action', async () => {
    const fake = await start({ isPackaged: true });
    await fake.becomeReady();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const open = template.flatMap((m) => m.submenu ?? []).find((i) => i.label === 'Open Scenario…');
    open?.click?.();
    expect(fake.windows[0]?.webContents.send).toHaveBeenCalledWith('menu:action', 'open-scenario');
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = await start({ isPackaged: true, gotLock: false });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
  });
});
