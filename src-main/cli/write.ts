/** Output files: parent directories created, each file written atomically so a crash leaves no half file. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export function writeOutput(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}

export function writeJson(path: string, value: unknown): void {
  writeOutput(path, `${JSON.stringify(value, null, 2)}\n`);
}
