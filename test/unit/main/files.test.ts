import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/user/Documents') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  MAX_SCENARIO_BYTES,
  openScenarioWithDialog,
  openCountryTableWithDialog,
  withCountryTable,
  MAX_TABLE_BYTES,
  sanitizeFileName,
  saveWithDialog,
  withExtension,
} from '../../../src-main/main/files';

describe('sanitizeFileName', () => {
  it.each([
    ['debt-path', 'svg', 'debt-path.svg'],
    ['debt-path.svg', 'svg', 'debt-path.svg'],
    ['debt-path.SVG', 'svg', 'debt-path.svg'],
    ['chart.png', 'svg', 'chart.svg'],
    ['canada.1974.v2', 'csv', 'canada.1974.v2.csv'],
    ['../../etc/passwd', 'json', '-.-etc-passwd.json'],
    ['..\\..\\Windows\\System32\\x', 'png', '-.-Windows-System32-x.png'],
    ['/abs/path/name', 'csv', '-abs-path-name.csv'],
    ['a<b>c:d"e|f?g*h', 'svg', 'abcdefgh.svg'],
    ['tab\there\nnew\u0000nul', 'csv', 'tabherenewnul.csv'],
    ['.hidden', 'json', 'hidden.json'],
    ['...', 'json', 'untitled.json'],
    ['', 'svg', 'untitled.svg'],
    ['  spaced out.  ', 'csv', 'spaced out.csv'],
    ['CON', 'svg', '_CON.svg'],
    ['lpt1.backup', 'csv', '_lpt1.backup.csv'],
    ['console', 'svg', 'console.svg'],
    ['report\u202egvs.exe', 'svg', 'reportgvs.exe.svg'],
  ])('%j as .%s → %j', (input, ext, expected) => {
    expect(sanitizeFileName(input, ext)).toBe(expected);
  });

  it('never yields a separator or a ".." and always ends in the extension', () => {
    const nasty = ['../a', 'a/../../b', '..', '.../...', 'a\\..\\b', '%2e%2e/x', 'x/..', '\u202e..gpj.svg'];
    for (const input of nasty) {
      const name = sanitizeFileName(input, 'svg');
      expect(name).not.toMatch(/[/\\]/);
      expect(name).not.toContain('..');
      expect(name.endsWith('.svg')).toBe(true);
      expect(path.basename(name)).toBe(name);
    }
  });

  it('caps the length without splitting a character', () => {
    const name = sanitizeFileName('💰'.repeat(200), 'png');
    expect(Array.from(name.replace(/\.png$/, ''))).toHaveLength(120);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('withExtension', () => {
  it('adds the extension only when it is missing', () => {
    expect(withExtension('/d/chart', 'svg')).toBe('/d/chart.svg');
    expect(withExtension('/d/chart.SVG', 'svg')).toBe('/d/chart.SVG');
    expect(withExtension('/d/chart.png', 'svg')).toBe('/d/chart.png.svg');
  });
});

describe('saveWithDialog and openScenarioWithDialog', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pml-files-'));
    vi.clearAllMocks();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('proposes the sanitized name with the right filter, then writes the exact content', async () => {
    const target = path.join(dir, 'out.svg');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const outcome = await saveWithDialog(null, 'svg', '../evil/debt path', '<svg>é</svg>');
    expect(outcome).toEqual({ saved: true, fileName: 'out.svg' });
    expect(await readFile(target, 'utf8')).toBe('<svg>é</svg>');
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[0];
    expect(path.basename(options.defaultPath)).toBe('-evil-debt path.svg');
    expect(options.filters).toEqual([{ name: 'SVG image', extensions: ['svg'] }]);
  });

  it('writes PNG bytes unchanged, honouring a view into a larger buffer', async () => {
    const target = path.join(dir, 'chart.png');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const backing = new Uint8Array([0, 0, 137, 80, 78, 71, 9, 9]);
    const png = backing.subarray(2, 6);
    await expect(saveWithDialog(null, 'png', 'chart', png)).resolves.toMatchObject({ saved: true });
    expect([...(await readFile(target))]).toEqual([137, 80, 78, 71]);
  });

  it('remembers the folder of the last save as the next default', async () => {
    const sub = path.join(dir, 'exports');
    await mkdir(sub);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(sub, 'a.csv') });
    await saveWithDialog(null, 'csv', 'a', 'x');
    await saveWithDialog(null, 'csv', 'b', 'y');
    expect(path.dirname(electron.dialog.showSaveDialog.mock.calls[1]?.[0].defaultPath)).toBe(sub);
  });

  it('reports cancel as cancelled and writes nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(saveWithDialog(null, 'csv', 'data', 'a,b')).resolves.toEqual({
      saved: false,
      reason: 'cancelled',
    });
  });

  it('adds a missing extension, and asks before replacing the file that name then hits', async () => {
    await writeFile(path.join(dir, 'data.csv'), 'old');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'data') });
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 });
    await expect(saveWithDialog(null, 'csv', 'data', 'new')).resolves.toEqual({
      saved: false,
      reason: 'cancelled',
    });
    expect(await readFile(path.join(dir, 'data.csv'), 'utf8')).toBe('old');

    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 });
    await expect(saveWithDialog(null, 'csv', 'data', 'new')).resolves.toEqual({
      saved: true,
      fileName: 'data.csv',
    });
    expect(await readFile(path.join(dir, 'data.csv'), 'utf8')).toBe('new');
  });

  it('turns a write failure into an error outcome', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: path.join(dir, 'missing', 'x.json'),
    });
    const outcome = await saveWithDialog(null, 'scenario', 'x', '{}');
    expect(outcome).toMatchObject({
      saved: false,
      reason: 'error',
      message: expect.stringContaining('x.json'),
    });
  });

  it('opens a scenario as text, BOM removed', async () => {
    const file = path.join(dir, 'my scenario.json');
    await writeFile(file, '\ufeff{"model":"sim"}');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    await expect(openScenarioWithDialog(null)).resolves.toEqual({
      fileName: 'my scenario.json',
      text: '{"model":"sim"}',
    });
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0].filters).toEqual([
      { name: 'Scenario (JSON)', extensions: ['json'] },
    ]);
  });

  it('resolves null on cancel', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(openScenarioWithDialog(null)).resolves.toBeNull();
  });

  it('refuses a file over 5 MB and a file that is not UTF-8', async () => {
    const big = path.join(dir, 'big.json');
    await writeFile(big, Buffer.alloc(MAX_SCENARIO_BYTES + 1, 0x20));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [big] });
    await expect(openScenarioWithDialog(null)).rejects.toThrow(/at most 5 MB/);

    const binary = path.join(dir, 'bin.json');
    await writeFile(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [binary] });
    await expect(openScenarioWithDialog(null)).rejects.toThrow(/not UTF-8/);
  });

  it('opens a country table as CSV text, refusing one over 1 MB', async () => {
    const file = path.join(dir, 'table.csv');
    await writeFile(file, '# country: X\nyear,debt\n');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    await expect(openCountryTableWithDialog(null)).resolves.toEqual({
      fileName: 'table.csv',
      text: '# country: X\nyear,debt\n',
    });
    const options = electron.dialog.showOpenDialog.mock.calls.at(-1)?.[0];
    expect(options.title).toBe('Import a Country Table');
    expect(options.filters).toEqual([{ name: 'Country table (CSV)', extensions: ['csv'] }]);
    const big = path.join(dir, 'big.csv');
    await writeFile(big, Buffer.alloc(MAX_TABLE_BYTES + 1, 0x20));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [big] });
    await expect(openCountryTableWithDialog(null)).rejects.toThrow(/a country table may be at most 1 MB/);
  });

  it("reads a fiscal scenario's file: table relative to the scenario's folder (a .csv only)", async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'tables'), { recursive: true });
    await writeFile(path.join(dir, 'tables', 'x.csv'), '# country: X\n');
    const scenarioPath = path.join(dir, 's.json');
    const text = JSON.stringify({ model: 'fiscal-history', params: { country: 'file:tables/x.csv' } });
    await expect(withCountryTable(scenarioPath, { fileName: 's.json', text })).resolves.toEqual({
      fileName: 's.json',
      text,
      tables: { 'file:tables/x.csv': '# country: X\n' },
    });
    // Not a .csv, missing, or not a file: table: nothing attached, the page asks the user.
    for (const country of ['file:../secret.txt', 'file:tables/gone.csv', 'canada']) {
      const t = JSON.stringify({ params: { country } });
      await expect(withCountryTable(scenarioPath, { fileName: 's.json', text: t })).resolves.toEqual({
        fileName: 's.json',
        text: t,
      });
    }
  });
});
