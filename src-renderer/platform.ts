/**
 * The desktop app's file operations, with browser fallbacks: in Electron the preload API shows
 * native dialogs and writes atomically; in a plain browser the same buttons download files and
 * open a file picker. The renderer never handles a path.
 */
import type { MenuAction, MoneyLabApi, SaveOutcome } from '../src-main/preload/api';

export type { MenuAction, SaveOutcome };

export type FileKind = 'svg' | 'png' | 'csv' | 'json' | 'scenario' | 'txt';

const MIME: Record<FileKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  scenario: 'application/json',
  txt: 'text/plain;charset=utf-8',
};

function api(): MoneyLabApi | undefined {
  return typeof window !== 'undefined' ? window.moneyLab : undefined;
}

export function isDesktop(): boolean {
  return api()?.isElectron === true;
}

export async function saveFile(
  kind: FileKind,
  suggestedName: string,
  content: string | Uint8Array,
): Promise<SaveOutcome> {
  const desktop = api();
  if (desktop) {
    if (kind === 'png') return desktop.savePng({ suggestedName, png: content as Uint8Array });
    const text = content as string;
    if (kind === 'svg') return desktop.saveSvg({ suggestedName, svg: text });
    if (kind === 'csv') return desktop.saveCsv({ suggestedName, csv: text });
    if (kind === 'json') return desktop.saveJson({ suggestedName, json: text });
    if (kind === 'txt') return desktop.saveText({ suggestedName, text });
    return desktop.saveScenario({ suggestedName, json: text });
  }
  const blob = new Blob([content as BlobPart], { type: MIME[kind] });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, fileName: suggestedName };
}

/** Resolves null when the user cancels. */
export async function openScenarioFile(): Promise<{ fileName: string; text: string } | null> {
  const desktop = api();
  if (desktop) return desktop.openScenario();
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > 5 * 1024 * 1024)
        return reject(new Error(`${file.name} is larger than 5 MB; a scenario is a few kB`));
      file.text().then((text) => resolve({ fileName: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function onMenuAction(listener: (action: MenuAction) => void): () => void {
  return api()?.onMenuAction(listener) ?? (() => {});
}
