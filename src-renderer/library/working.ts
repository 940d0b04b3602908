/**
 * The working scenario of each workspace: autosaved to localStorage on every change, restored
 * after a reload or a crash (with a note the user can answer with Discard), and "unsaved" until it
 * is saved or replaced by an opened file, so opening, reloading or closing can ask first.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

const PREFIX = 'public-money-lab:autosave:';

export interface RestoreNote {
  workspace: string;
  title: string;
  savedAt: string;
  discard(): void;
}

interface Entry {
  title: string;
  dirty: boolean;
}

const entries = new Map<string, Entry>();
let notes: RestoreNote[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function useRestoreNotes(): RestoreNote[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => notes,
  );
}

export function dismissNote(workspace: string): void {
  notes = notes.filter((n) => n.workspace !== workspace);
  emit();
}

/** Whether any workspace, or the one named, holds changes not saved to a file. */
export function hasUnsavedChanges(workspace?: string): boolean {
  if (workspace !== undefined) return entries.get(workspace)?.dirty ?? false;
  return [...entries.values()].some((e) => e.dirty);
}

/** Titles of the workspaces with unsaved changes, for the guard's question. */
export function unsavedTitles(): string[] {
  return [...entries.values()].filter((e) => e.dirty).map((e) => e.title);
}

function read(workspace: string): { value: unknown; savedAt: string } | null {
  try {
    const raw = localStorage.getItem(PREFIX + workspace);
    return raw ? (JSON.parse(raw) as { value: unknown; savedAt: string }) : null;
  } catch {
    return null;
  }
}

/**
 * Autosave `value` (the workspace's whole state) and restore it on start. `validate` turns stored
 * JSON back into a state, or null when it is no longer valid (then it is dropped, not applied).
 * Returns `markSaved(value)`: the value now matches a file (saved or opened).
 */
export function useWorkingScenario<T>(opts: {
  workspace: string;
  title: string;
  value: T;
  initial: T;
  restore: (value: T) => void;
  validate: (stored: unknown) => T | null;
}): { markSaved: (value: T) => void; dirty: boolean } {
  const baseline = useRef(JSON.stringify(opts.initial));
  const [, rerender] = useState(0);
  const restored = useRef(false);
  const json = JSON.stringify(opts.value);
  const dirty = json !== baseline.current;

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const stored = read(opts.workspace);
    const value = stored ? opts.validate(stored.value) : null;
    if (!stored || value === null || JSON.stringify(value) === baseline.current) return;
    opts.restore(value);
    notes = [
      ...notes.filter((n) => n.workspace !== opts.workspace),
      {
        workspace: opts.workspace,
        title: opts.title,
        savedAt: stored.savedAt,
        discard: () => {
          opts.restore(JSON.parse(baseline.current) as T);
          localStorage.removeItem(PREFIX + opts.workspace);
          dismissNote(opts.workspace);
        },
      },
    ];
    emit();
    // Once, on mount: later values are this session's own.
  }, []);

  useEffect(() => {
    entries.set(opts.workspace, { title: opts.title, dirty });
    if (!restored.current) return;
    try {
      if (dirty)
        localStorage.setItem(
          PREFIX + opts.workspace,
          JSON.stringify({ value: JSON.parse(json), savedAt: new Date().toISOString() }),
        );
      else localStorage.removeItem(PREFIX + opts.workspace);
    } catch {
      // Storage full or disabled: autosave is a safety net, the session goes on without it.
    }
  }, [json, dirty, opts.workspace, opts.title]);

  return {
    dirty,
    markSaved: (value: T) => {
      baseline.current = JSON.stringify(value);
      entries.set(opts.workspace, { title: opts.title, dirty: JSON.stringify(value) !== json });
      rerender((n) => n + 1);
    },
  };
}
