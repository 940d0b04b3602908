/** Where a command writes and which directory its relative paths start from: the process, or a test. */
import { resolve } from 'node:path';

export interface CliIO {
  /** One line (or block) of output; the newline is added. */
  out(text: string): void;
  /** One line for the user on stderr; the newline is added. */
  err(text: string): void;
  /** Relative paths the user types are relative to this directory. */
  cwd: string;
}

export function processIO(): CliIO {
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  };
}

/** The path for the file system; messages keep the path as the user typed it. */
export function inCwd(io: CliIO, path: string): string {
  return resolve(io.cwd, path);
}
