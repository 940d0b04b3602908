import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { SaveOutcome } from '../preload/api';
import { CHANNELS, type SaveChannelKey } from '../preload/channels';
import type { FileKind } from './files';
import { isTrustedSender } from './security';

export const MAX_PAYLOAD_BYTES = 50 * 1024 * 1024;
const MAX_SUGGESTED_NAME_LENGTH = 255;

export interface SaveRequest {
  suggestedName: string;
  data: string | Uint8Array;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

interface SaveChannelSpec {
  readonly kind: FileKind;
  /** The request field that carries the content, as named in MoneyLabApi. */
  readonly field: 'svg' | 'png' | 'csv' | 'json' | 'text';
  readonly binary: boolean;
}

const SAVE_CHANNELS: Readonly<Record<SaveChannelKey, SaveChannelSpec>> = {
  saveSvg: { kind: 'svg', field: 'svg', binary: false },
  savePng: { kind: 'png', field: 'png', binary: true },
  saveCsv: { kind: 'csv', field: 'csv', binary: false },
  saveJson: { kind: 'json', field: 'json', binary: false },
  saveScenario: { kind: 'scenario', field: 'json', binary: false },
  saveText: { kind: 'txt', field: 'text', binary: false },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Checks a save request's shape and size; the renderer is not trusted to get either right. */
export function parseSaveRequest(key: SaveChannelKey, payload: unknown): Parsed<SaveRequest> {
  const { field, binary } = SAVE_CHANNELS[key];
  if (!isPlainObject(payload)) return { ok: false, message: 'Invalid request: expected an object.' };
  const { suggestedName } = payload;
  const data = payload[field];
  if (typeof suggestedName !== 'string' || suggestedName.length > MAX_SUGGESTED_NAME_LENGTH) {
    return {
      ok: false,
      message: `Invalid request: suggestedName must be a string of at most ${MAX_SUGGESTED_NAME_LENGTH} characters.`,
    };
  }
  if (binary) {
    if (!(data instanceof Uint8Array))
      return { ok: false, message: `Invalid request: ${field} must be a Uint8Array.` };
    if (data.byteLength > MAX_PAYLOAD_BYTES) return { ok: false, message: 'The file is larger than 50 MB.' };
  } else {
    if (typeof data !== 'string')
      return { ok: false, message: `Invalid request: ${field} must be a string.` };
    if (Buffer.byteLength(data, 'utf8') > MAX_PAYLOAD_BYTES)
      return { ok: false, message: 'The file is larger than 50 MB.' };
  }
  return { ok: true, value: { suggestedName, data } };
}

export interface IpcDeps {
  /** The only origin allowed to call main: app://bundle, or the dev server in development. */
  trustedOrigin: string;
  save(
    sender: WebContents,
    kind: FileKind,
    suggestedName: string,
    data: string | Uint8Array,
  ): Promise<SaveOutcome>;
  openScenario(sender: WebContents): Promise<{ fileName: string; text: string } | null>;
  /** Print the sender's page (print stylesheet applied) to PDF and save it with a dialog. */
  printToPdf(sender: WebContents, suggestedName: string): Promise<SaveOutcome>;
}

/** printToPdf's one argument: a suggested file name, nothing else (the page is the sender's own). */
export function parsePrintRequest(payload: unknown): Parsed<{ suggestedName: string }> {
  if (!isPlainObject(payload)) return { ok: false, message: 'Invalid request: expected an object.' };
  const keys = Object.keys(payload);
  if (keys.length !== 1 || keys[0] !== 'suggestedName')
    return { ok: false, message: 'Invalid request: printToPdf takes only suggestedName.' };
  const { suggestedName } = payload;
  if (typeof suggestedName !== 'string' || suggestedName.length > MAX_SUGGESTED_NAME_LENGTH) {
    return {
      ok: false,
      message: `Invalid request: suggestedName must be a string of at most ${MAX_SUGGESTED_NAME_LENGTH} characters.`,
    };
  }
  return { ok: true, value: { suggestedName } };
}

function assertTrustedSender(event: IpcMainInvokeEvent, trustedOrigin: string): void {
  // Thrown, not returned as an outcome: a foreign sender is an attack, not a user error.
  if (!isTrustedSender(event.senderFrame, trustedOrigin)) throw new Error('IPC refused: untrusted sender.');
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  for (const key of Object.keys(SAVE_CHANNELS) as SaveChannelKey[]) {
    const { kind } = SAVE_CHANNELS[key];
    ipcMain.handle(CHANNELS[key], async (event, ...args: unknown[]): Promise<SaveOutcome> => {
      assertTrustedSender(event, deps.trustedOrigin);
      const parsed =
        args.length === 1
          ? parseSaveRequest(key, args[0])
          : ({ ok: false, message: 'Invalid request: expected one argument.' } as const);
      if (!parsed.ok) return { saved: false, reason: 'error', message: parsed.message };
      return deps.save(event.sender, kind, parsed.value.suggestedName, parsed.value.data);
    });
  }
  ipcMain.handle(CHANNELS.openScenario, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, deps.trustedOrigin);
    if (args.length !== 0) throw new Error('Invalid request: openScenario takes no arguments.');
    return deps.openScenario(event.sender);
  });
  ipcMain.handle(CHANNELS.printToPdf, async (event, ...args: unknown[]): Promise<SaveOutcome> => {
    assertTrustedSender(event, deps.trustedOrigin);
    const parsed =
      args.length === 1
        ? parsePrintRequest(args[0])
        : ({ ok: false, message: 'Invalid request: expected one argument.' } as const);
    if (!parsed.ok) return { saved: false, reason: 'error', message: parsed.message };
    return deps.printToPdf(event.sender, parsed.value.suggestedName);
  });
}
