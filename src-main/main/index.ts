import path from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import type { MenuAction } from '../preload/api';
import { CHANNELS } from '../preload/channels';
import { openScenarioWithDialog, saveWithDialog } from './files';
import { registerIpcHandlers } from './ipc';
import { printPageToPdf } from './print';
import { installApplicationMenu, showAboutDialog, showDataSourcesDialog } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, installAppProtocol, registerAppScheme } from './protocol';
import { denyAllPermissions, hardenWebContents, originOf } from './security';
import { createMainWindow } from './window';

// Honoured only in an unpackaged run: in a shipped app an environment variable must not be able
// to point the window, and the IPC trust check, at some other server.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const devOrigin = devServerUrl === undefined ? null : originOf(devServerUrl);
const dev =
  devOrigin !== null && devServerUrl !== undefined ? { url: devServerUrl, origin: devOrigin } : null;
const isDev = dev !== null;
const trustedOrigin = dev?.origin ?? APP_ORIGIN;
const startUrl = dev?.url ?? APP_ENTRY_URL;

// Both must happen before `ready`.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow(path.join(__dirname, '../preload/index.js'), startUrl);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function targetWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

function sendMenuAction(action: MenuAction): void {
  targetWindow()?.webContents.send(CHANNELS.menuAction, action);
}

// A second launch focuses the running window instead of racing it for the same files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trustedOrigin));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    if (!isDev) installAppProtocol(path.join(__dirname, '../renderer'));
    registerIpcHandlers(ipcMain, {
      trustedOrigin,
      save: (sender, kind, suggestedName, data) =>
        saveWithDialog(BrowserWindow.fromWebContents(sender), kind, suggestedName, data),
      openScenario: (sender) => openScenarioWithDialog(BrowserWindow.fromWebContents(sender)),
      printToPdf: (sender, suggestedName) =>
        printPageToPdf(sender, suggestedName, (pdf) =>
          saveWithDialog(BrowserWindow.fromWebContents(sender), 'pdf', suggestedName, pdf),
        ),
    });
    installApplicationMenu({
      isDev,
      isMac: process.platform === 'darwin',
      send: sendMenuAction,
      showAbout: () => void showAboutDialog(targetWindow()),
      showDataSources: () => void showDataSourcesDialog(targetWindow()),
    });
    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}
