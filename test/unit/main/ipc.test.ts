import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

import type { IpcMainInvokeEvent, WebContents } from 'electron';
import {
  MAX_PAYLOAD_BYTES,
  parseSaveRequest,
  registerIpcHandlers,
  type IpcDeps,
} from '../../../src-main/main/ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const APP = 'app://bundle';
const sender = { id: 1 } as unknown as WebContents;

function eventFrom(url: string, parent: unknown = null): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

let handlers: Map<string, Handler>;
let deps: IpcDeps & {
  save: ReturnType<typeof vi.fn>;
  openScenario: ReturnType<typeof vi.fn>;
  printToPdf: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
  handlers = new Map();
  deps = {
    trustedOrigin: APP,
    save: vi.fn(async (_s: WebContents, _k: string, name: string) => ({
      saved: true as const,
      fileName: name,
    })),
    openScenario: vi.fn(async () => ({ fileName: 's.json', text: '{}' })),
    printToPdf: vi.fn(async (_s: WebContents, name: string) => ({ saved: true as const, fileName: name })),
  };
  registerIpcHandlers(
    { handle: (channel: string, h: Handler) => void handlers.set(channel, h) } as never,
    deps,
  );
});

function call(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per invoke channel', () => {
    expect([...handlers.keys()].sort()).toEqual([
      'file:open-scenario',
      'file:print-pdf',
      'file:save-csv',
      'file:save-json',
      'file:save-png',
      'file:save-scenario',
      'file:save-svg',
      'file:save-text',
    ]);
  });

  it('passes a valid request to the dialog with the right file kind', async () => {
    const app = eventFrom(`${APP}/index.html`);
    await expect(call('file:save-svg', app, { suggestedName: 'chart', svg: '<svg/>' })).resolves.toEqual({
      saved: true,
      fileName: 'chart',
    });
    const png = new Uint8Array([137, 80, 78, 71]);
    await call('file:save-png', app, { suggestedName: 'c', png });
    await call('file:save-csv', app, { suggestedName: 'd', csv: 'a,b' });
    await call('file:save-json', app, { suggestedName: 'r', json: '{}' });
    await call('file:save-scenario', app, { suggestedName: 's', json: '{}' });
    await call('file:save-text', app, { suggestedName: 't', text: 'alt' });
    expect(deps.save.mock.calls.map((c) => [c[1], c[2], c[3]])).toEqual([
      ['svg', 'chart', '<svg/>'],
      ['png', 'c', png],
      ['csv', 'd', 'a,b'],
      ['json', 'r', '{}'],
      ['scenario', 's', '{}'],
      ['txt', 't', 'alt'],
    ]);
    await expect(call('file:open-scenario', app)).resolves.toEqual({ fileName: 's.json', text: '{}' });
  });

  it.each([
    'https://evil.example/index.html',
    'file:///tmp/x.html',
    'app://other/index.html',
    'http://localhost:5173/',
  ])('rejects a call from %s and never opens a dialog', async (url) => {
    await expect(
      call('file:save-svg', eventFrom(url), { suggestedName: 'x', svg: '<svg/>' }),
    ).rejects.toThrow(/untrusted sender/);
    await expect(call('file:open-scenario', eventFrom(url))).rejects.toThrow(/untrusted sender/);
    expect(deps.save).not.toHaveBeenCalled();
    expect(deps.openScenario).not.toHaveBeenCalled();
  });

  it('rejects a same-origin subframe and a vanished frame', async () => {
    const sub = eventFrom(`${APP}/index.html`, { url: `${APP}/index.html` });
    await expect(call('file:save-csv', sub, { suggestedName: 'x', csv: '' })).rejects.toThrow(/untrusted/);
    const gone = { sender, senderFrame: null } as unknown as IpcMainInvokeEvent;
    await expect(call('file:open-scenario', gone)).rejects.toThrow(/untrusted/);
  });

  it('answers a malformed payload with an error outcome, without a dialog', async () => {
    const app = eventFrom(`${APP}/index.html`);
    const outcome = await call('file:save-png', app, { suggestedName: 'x', png: 'not bytes' });
    expect(outcome).toMatchObject({
      saved: false,
      reason: 'error',
      message: expect.stringMatching(/Uint8Array/),
    });
    expect(await call('file:save-svg', app)).toMatchObject({ saved: false, reason: 'error' });
    expect(await call('file:save-svg', app, { suggestedName: 'x', svg: 's' }, 'extra')).toMatchObject({
      saved: false,
    });
    expect(deps.save).not.toHaveBeenCalled();
  });

  it('refuses arguments to openScenario, which takes none (a path must never come from the page)', async () => {
    await expect(call('file:open-scenario', eventFrom(`${APP}/`), '/etc/passwd')).rejects.toThrow(
      /no arguments/,
    );
    expect(deps.openScenario).not.toHaveBeenCalled();
  });
});

describe('printToPdf', () => {
  const app = eventFrom(`${APP}/index.html`);

  it("prints the sender's own page under the suggested name", async () => {
    await expect(call('file:print-pdf', app, { suggestedName: 'lesson-handout.pdf' })).resolves.toEqual({
      saved: true,
      fileName: 'lesson-handout.pdf',
    });
    expect(deps.printToPdf).toHaveBeenCalledExactlyOnceWith(sender, 'lesson-handout.pdf');
  });

  it.each(['https://evil.example/', 'app://other/index.html'])('refuses a call from %s', async (url) => {
    await expect(call('file:print-pdf', eventFrom(url), { suggestedName: 'x' })).rejects.toThrow(
      /untrusted sender/,
    );
    expect(deps.printToPdf).not.toHaveBeenCalled();
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['two arguments', [{ suggestedName: 'x' }, 'y']],
    ['a URL to print instead of the page', [{ suggestedName: 'x', url: 'file:///etc/passwd' }]],
    ['a numeric name', [{ suggestedName: 3 }]],
    ['an overlong name', [{ suggestedName: 'n'.repeat(256) }]],
    ['a string', ['x']],
  ])('answers %s with an error outcome and prints nothing', async (_label, args) => {
    await expect(call('file:print-pdf', app, ...args)).resolves.toMatchObject({
      saved: false,
      reason: 'error',
      message: expect.stringMatching(/^Invalid request/),
    });
    expect(deps.printToPdf).not.toHaveBeenCalled();
  });
});

describe('parseSaveRequest', () => {
  it('accepts the documented shapes', () => {
    expect(parseSaveRequest('saveSvg', { suggestedName: 'a', svg: '<svg/>' })).toEqual({
      ok: true,
      value: { suggestedName: 'a', data: '<svg/>' },
    });
    expect(parseSaveRequest('savePng', { suggestedName: 'a', png: new Uint8Array(3) }).ok).toBe(true);
  });

  it.each<[string, Parameters<typeof parseSaveRequest>[0], unknown]>([
    ['null', 'saveSvg', null],
    ['a string', 'saveSvg', '<svg/>'],
    ['an array', 'saveCsv', ['a', 'b']],
    [
      'a class instance',
      'saveCsv',
      new (class {
        suggestedName = 'x';
        csv = 'y';
      })(),
    ],
    ['a missing name', 'saveSvg', { svg: '<svg/>' }],
    ['a numeric name', 'saveSvg', { suggestedName: 3, svg: '<svg/>' }],
    ['an overlong name', 'saveSvg', { suggestedName: 'n'.repeat(256), svg: '<svg/>' }],
    ['content under the wrong key', 'saveCsv', { suggestedName: 'x', json: 'a,b' }],
    ['non-string text', 'saveJson', { suggestedName: 'x', json: { a: 1 } }],
    [
      'a path smuggled as content',
      'saveScenario',
      { suggestedName: 'x', json: new URL('file:///etc/passwd') },
    ],
    ['a plain array as png', 'savePng', { suggestedName: 'x', png: [137, 80] }],
    ['an ArrayBuffer as png', 'savePng', { suggestedName: 'x', png: new ArrayBuffer(4) }],
    ['a string as png', 'savePng', { suggestedName: 'x', png: 'iVBOR' }],
    ['alt text under the wrong key', 'saveText', { suggestedName: 'x', txt: 'alt' }],
  ])('rejects %s', (_label, key, payload) => {
    expect(parseSaveRequest(key, payload).ok).toBe(false);
  });

  it('enforces the 50 MB limit on text (in UTF-8 bytes) and on bytes', () => {
    expect(parseSaveRequest('saveCsv', { suggestedName: 'x', csv: 'a'.repeat(MAX_PAYLOAD_BYTES) }).ok).toBe(
      true,
    );
    expect(
      parseSaveRequest('saveCsv', { suggestedName: 'x', csv: 'a'.repeat(MAX_PAYLOAD_BYTES + 1) }).ok,
    ).toBe(false);
    // 2 bytes per character in UTF-8: under the limit in characters, over it in bytes.
    expect(
      parseSaveRequest('saveSvg', { suggestedName: 'x', svg: 'é'.repeat(MAX_PAYLOAD_BYTES / 2 + 1) }).ok,
    ).toBe(false);
    expect(
      parseSaveRequest('savePng', { suggestedName: 'x', png: new Uint8Array(MAX_PAYLOAD_BYTES + 1) }).ok,
    ).toBe(false);
  });
});
