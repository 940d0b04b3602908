import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import writeFileAtomic from 'write-file-atomic';
import type { SaveOutcome } from '../preload/api';
import { MAX_SCENARIO_BYTES } from '../../models/scenario/limits';

// One limit for the app and the CLI (models/scenario/limits.ts).
export { MAX_SCENARIO_BYTES };

export type FileKind = 'svg' | 'png' | 'csv' | 'json' | 'scenario' | 'pdf' | 'txt';

interface FileKindSpec {
  readonly extension: string;
  readonly title: string;
  readonly filters: FileFilter[];
}

export const FILE_KINDS: Readonly<Record<FileKind, FileKindSpec>> = {
  svg: {
    extension: 'svg',
    title: 'Export Chart as SVG',
    filters: [{ name: 'SVG image', extensions: ['svg'] }],
  },
  png: {
    extension: 'png',
    title: 'Export Chart as PNG',
    filters: [{ name: 'PNG image', extensions: ['png'] }],
  },
  csv: {
    extension: 'csv',
    title: 'Export Data as CSV',
    filters: [{ name: 'CSV table', extensions: ['csv'] }],
  },
  json: {
    extension: 'json',
    title: 'Export Results as JSON',
    filters: [{ name: 'JSON', extensions: ['json'] }],
  },
  scenario: {
    extension: 'json',
    title: 'Save Scenario',
    filters: [{ name: 'Scenario (JSON)', extensions: ['json'] }],
  },
  pdf: {
    extension: 'pdf',
    title: 'Save Handout as PDF',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  },
  txt: {
    extension: 'txt',
    title: 'Save Alt Text of the Image',
    filters: [{ name: 'Text', extensions: ['txt'] }],
  },
};

const MAX_BASE_NAME_LENGTH = 120;
const KNOWN_EXTENSIONS = new Set(['svg', 'png', 'csv', 'json', 'pdf', 'txt']);
// Names Windows refuses whatever the extension (CON.svg is still the console device).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A bare file name with the kind's extension, safe on Windows, macOS and Linux. The suggestion
 * comes from the renderer, so it is treated as hostile: no separators, no `..`, no control,
 * bidirectional-override or reserved characters. A different known extension is replaced
 * rather than stacked.
 */
export function sanitizeFileName(suggested: string, extension: string): string {
  let base = suggested
    .normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    // Bidirectional controls can make "x\u202egvs.exe" display as "xexe.svg".
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\.{2,}/g, '.');
  const current = path.extname(base).slice(1).toLowerCase();
  if (KNOWN_EXTENSIONS.has(current)) base = base.slice(0, -(current.length + 1));
  // Array.from cuts by code point, never through a surrogate pair. Leading dots would hide the
  // file on Unix; Windows silently drops trailing dots and spaces.
  base = Array.from(base)
    .slice(0, MAX_BASE_NAME_LENGTH)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '') base = 'untitled';
  if (WINDOWS_RESERVED.test(base.split('.')[0] ?? '')) base = `_${base}`;
  return `${base}.${extension}`;
}

/** GTK's save dialog does not add the extension of the chosen filter, so add it ourselves. */
export function withExtension(filePath: string, extension: string): string {
  return path.extname(filePath).toLowerCase() === `.${extension}` ? filePath : `${filePath}.${extension}`;
}

// Remembered for the session so successive exports land where the user last put one.
let lastDirectory: string | null = null;

function defaultDirectory(): string {
  return lastDirectory ?? app.getPath('documents');
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch {
    return false;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function saveWithDialog(
  parent: BrowserWindow | null,
  kind: FileKind,
  suggestedName: string,
  data: string | Uint8Array,
): Promise<SaveOutcome> {
  const spec = FILE_KINDS[kind];
  const options: SaveDialogOptions = {
    title: spec.title,
    defaultPath: path.join(defaultDirectory(), sanitizeFileName(suggestedName, spec.extension)),
    filters: spec.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };

  const target = withExtension(choice.filePath, spec.extension);
  // The dialog confirmed overwriting the name the user typed, not the one with our extension.
  if (target !== choice.filePath && (await exists(target))) {
    const confirmOptions: MessageBoxOptions = {
      type: 'warning',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `"${path.basename(target)}" already exists. Replace it?`,
    };
    const answer = parent
      ? await dialog.showMessageBox(parent, confirmOptions)
      : await dialog.showMessageBox(confirmOptions);
    if (answer.response !== 0) return { saved: false, reason: 'cancelled' };
  }

  try {
    // Atomic: a crash or full disk mid-write leaves the previous file intact, never half of one.
    await writeFileAtomic(
      target,
      typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    );
  } catch (error) {
    return {
      saved: false,
      reason: 'error',
      message: `Could not write ${path.basename(target)}: ${errorMessage(error)}`,
    };
  }
  lastDirectory = path.dirname(target);
  return { saved: true, fileName: path.basename(target) };
}

/** Resolves null on cancel; rejects with a message fit to show the user when the file is unusable. */
export async function openScenarioWithDialog(
  parent: BrowserWindow | null,
): Promise<{ fileName: string; text: string } | null> {
  const options: OpenDialogOptions = {
    title: 'Open Scenario',
    defaultPath: defaultDirectory(),
    filters: FILE_KINDS.scenario.filters,
    properties: ['openFile'],
  };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return null;
  const fileName = path.basename(filePath);

  const info = await stat(filePath);
  if (!info.isFile()) throw new Error(`"${fileName}" is not a file.`);
  if (info.size > MAX_SCENARIO_BYTES) {
    throw new Error(
      `"${fileName}" is ${(info.size / 1024 / 1024).toFixed(1)} MB; a scenario file may be at most 5 MB.`,
    );
  }
  const bytes = await readFile(filePath);
  // Checked again: the file may have grown between stat and read.
  if (bytes.byteLength > MAX_SCENARIO_BYTES) throw new Error(`"${fileName}" is larger than 5 MB.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`"${fileName}" is not UTF-8 text, so it cannot be a scenario file.`);
  }
  lastDirectory = path.dirname(filePath);
  return { fileName, text };
}
