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
