import type { MenuAction } from './api';

// IPC channel names, shared by main and preload so the two cannot drift apart.
// One channel per API function: main can then validate each payload against one shape.
export const CHANNELS = {
  saveSvg: 'file:save-svg',
  savePng: 'file:save-png',
  saveCsv: 'file:save-csv',
  saveJson: 'file:save-json',
  saveScenario: 'file:save-scenario',
  saveText: 'file:save-text',
  openScenario: 'file:open-scenario',
  printToPdf: 'file:print-pdf',
  menuAction: 'menu:action',
} as const;

export type SaveChannelKey = 'saveSvg' | 'savePng' | 'saveCsv' | 'saveJson' | 'saveScenario' | 'saveText';

// A record rather than an array so the compiler flags a MenuAction added to api.ts but not here.
const MENU_ACTION_SET: Record<MenuAction, true> = {
  'open-scenario': true,
  'save-scenario': true,
  'export-svg': true,
  'export-png': true,
  'export-csv': true,
  undo: true,
  redo: true,
  'show-fiscal': true,
  'show-textbook': true,
  'show-economy': true,
  'show-lessons': true,
  'show-claims': true,
};

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && Object.hasOwn(MENU_ACTION_SET, value);
}
