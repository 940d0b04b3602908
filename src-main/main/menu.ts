import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../preload/api';

export interface MenuDeps {
  isDev: boolean;
  isMac: boolean;
  /** Delivers a menu action to the renderer, which owns the scenario, the charts and undo. */
  send(action: MenuAction): void;
  showAbout(): void;
  showDataSources(): void;
}

/** Pure, so tests can inspect every item without Electron. */
export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const action = (
    label: string,
    menuAction: MenuAction,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => deps.send(menuAction),
  });

  const appMenu: MenuItemConstructorOptions[] = deps.isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { label: 'About Public Money Lab', click: deps.showAbout },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      action('Open Scenario…', 'open-scenario', 'CmdOrCtrl+O'),
      action('Save Scenario…', 'save-scenario', 'CmdOrCtrl+S'),
      { type: 'separator' },
      action('Export Chart as SVG…', 'export-svg'),
      action('Export Chart as PNG…', 'export-png'),
      action('Export Data as CSV…', 'export-csv'),
      // macOS keeps Quit in the app menu.
      ...(deps.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  // Undo and redo act on scenario edits, whose history lives in the renderer; the native roles
  // would only undo typing inside one text field.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      action('Undo', 'undo', 'CmdOrCtrl+Z'),
      action('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      action('Fiscal History', 'show-fiscal', 'CmdOrCtrl+1'),
      action('Textbook Models', 'show-textbook', 'CmdOrCtrl+2'),
      action('Economy', 'show-economy', 'CmdOrCtrl+3'),
      action('Claims', 'show-claims', 'CmdOrCtrl+4'),
      action('Lessons', 'show-lessons', 'CmdOrCtrl+5'),
      { type: 'separator' },
      ...(deps.isDev
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      ...(deps.isMac ? [] : [{ label: 'About Public Money Lab', click: deps.showAbout }]),
      { label: 'Data Sources', click: deps.showDataSources },
    ],
  };

  return [...appMenu, file, edit, view, ...(deps.isMac ? [{ role: 'windowMenu' } as const] : []), help];
}

export function installApplicationMenu(deps: MenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(deps)));
}

async function showInfo(
  parent: BrowserWindow | null,
  title: string,
  message: string,
  detail: string,
): Promise<void> {
  const options = { type: 'info' as const, title, message, detail, buttons: ['OK'] };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

export function showAboutDialog(parent: BrowserWindow | null): Promise<void> {
  return showInfo(
    parent,
    'About Public Money Lab',
    `Public Money Lab ${app.getVersion()}`,
    [
      'What changes when money is created by a public bank free of interest instead of by private banks as interest-bearing debt?',
      'Stock-flow consistent models beside Canada’s fiscal history. Every assumption is visible and adjustable.',
      '',
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
      'License: MIT',
    ].join('\n'),
  );
}

export function showDataSourcesDialog(parent: BrowserWindow | null): Promise<void> {
  return showInfo(
    parent,
    'Data Sources',
    'Canadian federal fiscal data: where it comes from',
    [
      '• Department of Finance Canada: Fiscal Reference Tables (2003, 2005 restated, 2016, 2023), Debt Management Reports, Annual Financial Reports',
      '• Receiver General for Canada: Public Accounts of Canada, Volume II',
      '• Bank of Canada: distribution of holdings of Government of Canada securities (formerly G4)',
      '• Finances of the Nation: Federal Debt and macro databases',
      '• Jordà, Schularick & Taylor: Macrohistory Database, Release 6',
      '',
      'Every value carries its source id; nothing is interpolated. Exported files record their sources in their provenance.',
      'Full citations, URLs and caveats: models/data/canada/SOURCES.md in the project repository.',
    ].join('\n'),
  );
}
