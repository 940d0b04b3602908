import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ app: {}, dialog: {}, Menu: {} }));
vi.mock('electron', () => electron);

import { buildMenuTemplate } from '../../../src-main/main/menu';
import { MAX_RECENT_FILES, RecentFiles } from '../../../src-main/main/recent';

const dir = mkdtempSync(path.join(tmpdir(), 'pml-recent-'));

describe('File › Open Recent', () => {
  it('keeps paths newest first, without duplicates, at most 10, persisted in userData', () => {
    const file = path.join(dir, 'recent.json');
    const changed = vi.fn();
    const recent = new RecentFiles(file, changed);
    for (let i = 0; i < 12; i++) recent.add(`/home/u/s${i}.json`);
    recent.add('/home/u/s5.json');
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]).toBe('/home/u/s5.json');
    expect(recent.list().filter((p) => p === '/home/u/s5.json')).toHaveLength(1);
    expect(changed).toHaveBeenCalledTimes(13);
    // A new instance (the next start) reads the same list back.
    expect(new RecentFiles(file).list()).toEqual(recent.list());
    recent.remove('/home/u/s5.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).not.toContain('/home/u/s5.json');
    recent.clear();
    expect(new RecentFiles(file).list()).toEqual([]);
  });

  it('treats a damaged list as empty and drops entries that are not absolute paths', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{not json');
    expect(new RecentFiles(bad).list()).toEqual([]);
    writeFileSync(bad, JSON.stringify(['relative.json', 42, '/abs/ok.json']));
    expect(new RecentFiles(bad).list()).toEqual(['/abs/ok.json']);
  });

  it('builds the submenu: file name first, a click opens that path, Clear empties it', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const template = buildMenuTemplate({
      isDev: false,
      isMac: false,
      send: vi.fn(),
      showAbout: vi.fn(),
      showDataSources: vi.fn(),
      recent: ['/home/u/a & b.scenario.json'],
      openRecent,
      clearRecent,
    });
    const file = template.find((m) => m.label === '&File')!.submenu as {
      label?: string;
      submenu?: unknown;
    }[];
    const openRecentItem = file.find((i) => i.label === 'Open Recent')!;
    const items = openRecentItem.submenu as { label?: string; click?: () => void; enabled?: boolean }[];
    expect(items[0]!.label).toBe('a && b.scenario.json  —  /home/u');
    items[0]!.click!();
    expect(openRecent).toHaveBeenCalledWith('/home/u/a & b.scenario.json');
    const clear = items.find((i) => i.label === 'Clear Recently Opened')!;
    expect(clear.enabled).toBe(true);
    clear.click!();
    expect(clearRecent).toHaveBeenCalledTimes(1);
    const empty = buildMenuTemplate({
      isDev: false,
      isMac: false,
      send: vi.fn(),
      showAbout: vi.fn(),
      showDataSources: vi.fn(),
      recent: [],
    });
    const emptyItems = (
      empty.find((m) => m.label === '&File')!.submenu as { label?: string; submenu?: unknown }[]
    ).find((i) => i.label === 'Open Recent')!.submenu as { label?: string; enabled?: boolean }[];
    expect(emptyItems[0]).toEqual({ label: 'No recent scenarios', enabled: false });
  });
});
