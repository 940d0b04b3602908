import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(() => Promise.resolve('reply')),
      send: vi.fn(),
      on: vi.fn((channel: string, l: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(l);
      }),
      removeListener: vi.fn((channel: string, l: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(l);
      }),
    },
  };
});
vi.mock('electron', () => electron);

import type { MoneyLabApi } from '../../../src-main/preload/api';
import '../../../src-main/preload/index';

function exposed(): MoneyLabApi {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
    string,
    MoneyLabApi,
  ];
  expect(name).toBe('moneyLab');
  return api;
}

function emitMenu(action: unknown): void {
  for (const l of electron.listeners.get('menu:action') ?? []) l({ sender: 'ipc event' }, action);
}

describe('preload', () => {
  it('exposes exactly the MoneyLabApi members, and no ipcRenderer', () => {
    const api = exposed();
    expect(Object.keys(api).sort()).toEqual(
      [
        'isElectron',
        'onMenuAction',
        'openScenario',
        'printToPdf',
        'saveCsv',
        'saveJson',
        'savePng',
        'saveScenario',
        'saveSvg',
        'saveText',
      ].sort(),
    );
    expect(api.isElectron).toBe(true);
    for (const value of Object.values(api)) expect(value).not.toBe(electron.ipcRenderer);
  });

  it('maps each function to its own invoke channel, passing the request through untouched', async () => {
    const api = exposed();
    const png = new Uint8Array([1, 2]);
    const cases: [() => Promise<unknown>, string, unknown[]][] = [
      [
        () => api.saveSvg({ suggestedName: 'a', svg: '<svg/>' }),
        'file:save-svg',
        [{ suggestedName: 'a', svg: '<svg/>' }],
      ],
      [() => api.savePng({ suggestedName: 'a', png }), 'file:save-png', [{ suggestedName: 'a', png }]],
      [
        () => api.saveCsv({ suggestedName: 'a', csv: 'x' }),
        'file:save-csv',
        [{ suggestedName: 'a', csv: 'x' }],
      ],
      [
        () => api.saveJson({ suggestedName: 'a', json: '{}' }),
        'file:save-json',
        [{ suggestedName: 'a', json: '{}' }],
      ],
      [
        () => api.saveScenario({ suggestedName: 'a', json: '{}' }),
        'file:save-scenario',
        [{ suggestedName: 'a', json: '{}' }],
      ],
      [
        () => api.saveText({ suggestedName: 'a', text: 'alt' }),
        'file:save-text',
        [{ suggestedName: 'a', text: 'alt' }],
      ],
      [() => api.openScenario(), 'file:open-scenario', []],
      [() => api.printToPdf({ suggestedName: 'h' }), 'file:print-pdf', [{ suggestedName: 'h' }]],
    ];
    for (const [run, channel, args] of cases) {
      electron.ipcRenderer.invoke.mockClear();
      await expect(run()).resolves.toBe('reply');
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('delivers known menu actions without the IPC event, drops unknown ones, and unsubscribes', () => {
    const api = exposed();
    const listener = vi.fn();
    const unsubscribe = api.onMenuAction(listener);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith('menu:action', expect.any(Function));

    emitMenu('undo');
    emitMenu('format-disk');
    emitMenu({ toString: () => 'undo' });
    expect(listener.mock.calls).toEqual([['undo']]);

    unsubscribe();
    emitMenu('redo');
    expect(listener).toHaveBeenCalledOnce();
    expect(electron.listeners.get('menu:action')?.size).toBe(0);
  });
});
