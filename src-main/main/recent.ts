/**
 * File › Open Recent: the paths of scenarios opened or saved, newest first, kept in userData as
 * JSON (written atomically). Only the main process sees paths; the renderer gets a file's text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export const MAX_RECENT_FILES = 10;

export class RecentFiles {
  private paths: string[];

  constructor(
    private readonly file: string,
    private readonly onChange: () => void = () => {},
  ) {
    this.paths = RecentFiles.read(file);
  }

  /** A missing or damaged list is an empty one: it is a convenience, never a reason not to start. */
  private static read(file: string): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return Array.isArray(parsed)
        ? parsed
            .filter((p): p is string => typeof p === 'string' && path.isAbsolute(p))
            .slice(0, MAX_RECENT_FILES)
        : [];
    } catch {
      return [];
    }
  }

  list(): readonly string[] {
    return this.paths;
  }

  add(filePath: string): void {
    this.paths = [filePath, ...this.paths.filter((p) => p !== filePath)].slice(0, MAX_RECENT_FILES);
    this.save();
  }

  remove(filePath: string): void {
    this.paths = this.paths.filter((p) => p !== filePath);
    this.save();
  }

  clear(): void {
    this.paths = [];
    this.save();
  }

  private save(): void {
    try {
      writeFileAtomic.sync(this.file, `${JSON.stringify(this.paths, null, 2)}\n`);
    } catch {
      // Unwritable userData: the list still works for this session.
    }
    this.onChange();
  }
}
