/**
 * Country tables the user imported: validated by the model worker, kept for the session and in
 * localStorage (so a restored autosave or a reopened scenario still finds them), and named in a
 * scenario as `"country": "file:NAME"`. A browser has no file system: a scenario naming a table it
 * has not seen asks the user to pick that file.
 */
import { useSyncExternalStore } from 'react';
import { openCountryTableFile } from './platform';
import type { TableInfo } from './worker/api';
import { modelPool } from './worker/pool';

export type { TableInfo };

const STORAGE_KEY = 'public-money-lab:country-tables';

interface Stored {
  key: string;
  text: string;
}

let tables: TableInfo[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function stored(): Stored[] {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored[]) : [];
  } catch {
    return [];
  }
}

function persist(key: string, text: string): void {
  const rest = stored().filter((s) => s.key !== key);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...rest, { key, text }]));
  } catch {
    // Storage full or disabled: the table still works for this session.
  }
}

/** Give a table to the workers; rejects with the table's problem (file, line, column). */
export async function registerTable(key: string, text: string): Promise<TableInfo> {
  const info = await modelPool().addTable(key, text);
  tables = [...tables.filter((t) => t.key !== key), info];
  persist(key, text);
  emit();
  return info;
}

/** Tables imported in an earlier session, handed to the workers again at start-up. */
export async function restoreTables(): Promise<void> {
  for (const s of stored()) {
    try {
      await registerTable(s.key, s.text);
    } catch {
      // A table that no longer validates (the rules changed) is dropped, not fatal.
    }
  }
}

export function findTable(key: string): TableInfo | undefined {
  return tables.find((t) => t.key === key);
}

/** Ask for a table file; `key` keeps a scenario's own `file:` name when it asked for this table. */
export async function pickTable(key?: string): Promise<TableInfo | null> {
  const file = await openCountryTableFile();
  if (!file) return null;
  return registerTable(key ?? `file:${file.fileName}`, file.text);
}

export function useTables(): TableInfo[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => tables,
  );
}
