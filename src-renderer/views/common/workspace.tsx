/**
 * What every workspace does the same way: save its scenario as a file, answer the menu and
 * keyboard commands, and offer Undo, Redo and Save beside its controls.
 */
import type { ReactNode } from 'react';
import { exportFileName } from '../../export';
import { saveFile } from '../../platform';
import { useCommands } from './commands';
import { rememberRecent } from '../../library/recent';
import type { ExportKind } from './ExportToolbar';
import type { Undoable } from './useUndoable';

/** Save a scenario as `<name>_<date>.scenario.json`, reporting the file name in the status line. */
export async function saveScenarioFile(
  scenario: unknown,
  name: string,
  onStatus: (message: string) => void,
): Promise<boolean> {
  const outcome = await saveFile(
    'scenario',
    exportFileName(name, 'json').replace('.json', '.scenario.json'),
    JSON.stringify(scenario, null, 2),
  );
  if (outcome.saved) {
    onStatus(`Saved ${outcome.fileName}`);
    rememberRecent(outcome.fileName, scenario);
  }
  return outcome.saved;
}

/** Route the menu's undo, redo, save and export commands to this workspace while it is shown. */
export function useWorkspaceCommands(opts: {
  active: boolean;
  history: Pick<Undoable<unknown>, 'undo' | 'redo'>;
  save: () => void;
  exportAs: (kind: Extract<ExportKind, 'svg' | 'png' | 'csv'>) => void;
}): void {
  useCommands((action) => {
    if (!opts.active) return;
    if (action === 'undo') opts.history.undo();
    else if (action === 'redo') opts.history.redo();
    else if (action === 'save-scenario') opts.save();
    else if (action === 'export-svg') opts.exportAs('svg');
    else if (action === 'export-png') opts.exportAs('png');
    else if (action === 'export-csv') opts.exportAs('csv');
  });
}

/** Undo, Redo, any workspace-specific buttons, then Save scenario. */
export function HistoryButtons(props: {
  history: Pick<Undoable<unknown>, 'undo' | 'redo' | 'canUndo' | 'canRedo'>;
  onSave: () => void;
  saveTitle?: string;
  children?: ReactNode;
}) {
  const { history } = props;
  return (
    <div className="button-row">
      <button type="button" onClick={history.undo} disabled={!history.canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={history.redo} disabled={!history.canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      {props.children}
      <button
        type="button"
        onClick={props.onSave}
        title={props.saveTitle ?? 'Save this scenario as a JSON file (Ctrl+S)'}
      >
        Save scenario
      </button>
    </div>
  );
}
