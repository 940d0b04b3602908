/** Output files: parent directories created, each file written atomically so a crash leaves no half file. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from './errors';

const WHY: Record<string, string> = {
  ENOTDIR: 'a parent of it is a file, not a directory',
  EEXIST: 'a parent of it is a file, not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
};

/** `path` as the user typed it (messages name it so), relative to `cwd`. */
export function writeOutput(path: string, data: string | Uint8Array, cwd = process.cwd()): void {
  const file = resolve(cwd, path);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic.sync(
      file,
      typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    );
  } catch (e) {
    // Where output goes is the user's choice, so a place that cannot be written is their input error.
    const why = WHY[(e as NodeJS.ErrnoException).code ?? ''];
    if (why) throw new UsageError(`--out: cannot write "${path}": ${why}`);
    throw e;
  }
}

export function writeJson(path: string, value: unknown, cwd = process.cwd()): void {
  writeOutput(path, `${JSON.stringify(value, null, 2)}\n`, cwd);
}
