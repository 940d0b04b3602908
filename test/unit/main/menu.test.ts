import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getVersion: vi.fn(() => '0.1.0') },
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

import type { MenuItemConstructorOptions } from 'electron';
import {
  buildMenuTemplate,
  installApplicationMenu,
  showAboutDialog,
  type MenuDeps,
} from '../../../src-main/main/menu';

function deps(overrides: Partial<MenuDeps> = {}): MenuDeps & { send: ReturnType<typeof vi.fn> } {
  return {
    isDev: false,
    isMac: false,
    send: vi.fn(),
    showAbout: vi.fn(),
    showDataSources: vi.fn(),
    ...overrides,
  } as never;
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error('expected a submenu array');
  return item.submenu;
}

function topLevel(template: MenuItemConstructorOptions[], name: string): MenuItemConstructorOptions[] {
  return submenu(template.find((m) => m.label?.replace('&', '') === name || m.role === name));
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('application menu', () => {
  it.each([
    ['File', 'Open Scenario…', 'CmdOrCtrl+O', 'open-scenario'],
    ['File', 'Save Scenario…', 'CmdOrCtrl+S', 'save-scenario'],
    ['File', 'Export Chart as SVG…', undefined, 'export-svg'],
    ['File', 'Export Chart as PNG…', undefined, 'export-png'],
    ['File', 'Export Data as CSV…', undefined, 'export-csv'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Edit', 'Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
    ['View', 'Fiscal History', 'CmdOrCtrl+1', 'show-fiscal'],
    ['View', 'Textbook Models', 'CmdOrCtrl+2', 'show-textbook'],
    ['View', 'Economy', 'CmdOrCtrl+3', 'show-economy'],
    ['View', 'Claims', 'CmdOrCtrl+4', 'show-claims'],
    ['View', 'Lessons', 'CmdOrCtrl+5', 'show-lessons'],
  ])('%s › %s has accelerator %s and sends %s', (menu, label, accelerator, action) => {
    const d = deps();
    const entry = item(topLevel(buildMenuTemplate(d), menu), label);
    expect(entry.accelerator).toBe(accelerator);
    expect(entry.role).toBeUndefined();
    click(entry);
    expect(d.send).toHaveBeenCalledExactlyOnceWith(action);
  });

  it('sends undo/redo to the renderer rather than using the native roles, and keeps clipboard roles', () => {
    const roles = topLevel(buildMenuTemplate(deps()), 'Edit')
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('has Quit in File on Windows/Linux and in the app menu on macOS', () => {
    expect(topLevel(buildMenuTemplate(deps()), 'File').some((i) => i.role === 'quit')).toBe(true);
    const mac = buildMenuTemplate(deps({ isMac: true }));
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenu(mac[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(topLevel(mac, 'File').some((i) => i.role === 'quit')).toBe(false);
  });

  it('offers reload and devtools only in development; zoom always', () => {
    const roles = (isDev: boolean) => topLevel(buildMenuTemplate(deps({ isDev })), 'View').map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    for (const isDev of [false, true])
      expect(roles(isDev)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('Help has About and Data Sources wired to their dialogs', () => {
    const d = deps();
    const help = topLevel(buildMenuTemplate(d), 'help');
    click(item(help, 'About Public Money Lab'));
    click(item(help, 'Data Sources'));
    expect(d.showAbout).toHaveBeenCalledOnce();
    expect(d.showDataSources).toHaveBeenCalledOnce();
    expect(d.send).not.toHaveBeenCalled();
  });

  it('installs the built menu as the application menu', () => {
    installApplicationMenu(deps());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });

  it('About shows the app version', async () => {
    await showAboutDialog(null);
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Public Money Lab 0.1.0' }),
    );
  });
});
