// The contract between the renderer and the Electron main process. The renderer imports this
// file type-only, so nothing here may have a runtime value the renderer bundle would pull in.

export type SaveOutcome =
  | { saved: true; fileName: string }
  | { saved: false; reason: 'cancelled' }
  | { saved: false; reason: 'error'; message: string };

export type MenuAction =
  | 'open-scenario'
  | 'save-scenario'
  | 'export-svg'
  | 'export-png'
  | 'export-csv'
  | 'undo'
  | 'redo'
  | 'show-fiscal'
  | 'show-textbook'
  | 'show-economy'
  | 'show-lessons'
  | 'show-claims';

/**
 * Exposed as `window.moneyLab` in the desktop app only; in a plain browser it is undefined and
 * the UI falls back to downloads. The renderer never names a path: main shows the dialog.
 * A save never rejects: failures come back as `{ saved: false, reason: 'error' }`.
 * `openScenario` resolves null when the user cancels and rejects with a readable message when
 * the chosen file cannot be used (too large, unreadable, not UTF-8 text).
 */
export interface MoneyLabApi {
  readonly isElectron: true;
  saveSvg(req: { suggestedName: string; svg: string }): Promise<SaveOutcome>;
  savePng(req: { suggestedName: string; png: Uint8Array }): Promise<SaveOutcome>;
  saveCsv(req: { suggestedName: string; csv: string }): Promise<SaveOutcome>;
  /** Results summary JSON. */
  saveJson(req: { suggestedName: string; json: string }): Promise<SaveOutcome>;
  saveScenario(req: { suggestedName: string; json: string }): Promise<SaveOutcome>;
  /** Plain text, e.g. the alt text offered beside an exported PNG. */
  saveText(req: { suggestedName: string; text: string }): Promise<SaveOutcome>;
  openScenario(): Promise<{ fileName: string; text: string } | null>;
  /** The page as printed (its print stylesheet applied), saved as a PDF where the user chooses. */
  printToPdf(req: { suggestedName: string }): Promise<SaveOutcome>;
  /** Returns the unsubscribe function. */
  onMenuAction(listener: (action: MenuAction) => void): () => void;
}

declare global {
  interface Window {
    moneyLab?: MoneyLabApi;
  }
}
