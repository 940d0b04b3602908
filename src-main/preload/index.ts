import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuAction, MoneyLabApi } from './api';
import { CHANNELS, isMenuAction } from './channels';

// Each function forwards to exactly one channel and passes only plain data across, never
// ipcRenderer itself or the IPC event, so the page cannot reach arbitrary channels.
const api: MoneyLabApi = {
  isElectron: true,
  saveSvg: (req) => ipcRenderer.invoke(CHANNELS.saveSvg, req),
  savePng: (req) => ipcRenderer.invoke(CHANNELS.savePng, req),
  saveCsv: (req) => ipcRenderer.invoke(CHANNELS.saveCsv, req),
  saveJson: (req) => ipcRenderer.invoke(CHANNELS.saveJson, req),
  saveScenario: (req) => ipcRenderer.invoke(CHANNELS.saveScenario, req),
  saveText: (req) => ipcRenderer.invoke(CHANNELS.saveText, req),
  openScenario: () => ipcRenderer.invoke(CHANNELS.openScenario),
  openCountryTable: () => ipcRenderer.invoke(CHANNELS.openCountryTable),
  confirmClose: () => ipcRenderer.invoke(CHANNELS.confirmClose),
  onOpenFile(listener) {
    const forward = (_event: IpcRendererEvent, file: unknown): void => {
      const f = file as { fileName?: unknown; text?: unknown; tables?: unknown } | null;
      if (f && typeof f.fileName === 'string' && typeof f.text === 'string')
        listener({
          fileName: f.fileName,
          text: f.text,
          ...(f.tables && typeof f.tables === 'object' ? { tables: f.tables as Record<string, string> } : {}),
        });
    };
    ipcRenderer.on(CHANNELS.openFile, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.openFile, forward);
    };
  },
  onCloseRequested(listener: () => void): () => void {
    const forward = (): void => listener();
    ipcRenderer.on(CHANNELS.closeRequested, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.closeRequested, forward);
    };
  },
  printToPdf: (req) => ipcRenderer.invoke(CHANNELS.printToPdf, req),
  onMenuAction(listener: (action: MenuAction) => void): () => void {
    const forward = (_event: IpcRendererEvent, action: unknown): void => {
      if (isMenuAction(action)) listener(action);
    };
    ipcRenderer.on(CHANNELS.menuAction, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuAction, forward);
    };
  },
};

contextBridge.exposeInMainWorld('moneyLab', api);
