import { useCallback, useState } from 'react';

/**
 * A value with undo and redo: every edit of a scenario can be taken back (Ctrl+Z / Ctrl+Shift+Z).
 * Slider drags would flood the stack, so edits that arrive within `mergeMs` of each other and
 * touch the same key merge into one step.
 */
export interface Undoable<T> {
  value: T;
  set(next: T, key?: string): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

interface History<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey?: string;
  lastAt: number;
}

const LIMIT = 200;

export function useUndoable<T>(initial: T, mergeMs = 600): Undoable<T> {
  const [h, setH] = useState<History<T>>({ past: [], present: initial, future: [], lastAt: 0 });
  const set = useCallback(
    (next: T, key?: string) =>
      setH((cur) => {
        const now = Date.now();
        const merge = key !== undefined && key === cur.lastKey && now - cur.lastAt < mergeMs;
        const past = merge ? cur.past : [...cur.past, cur.present].slice(-LIMIT);
        return { past, present: next, future: [], lastKey: key, lastAt: now };
      }),
    [mergeMs],
  );
  const undo = useCallback(
    () =>
      setH((cur) =>
        cur.past.length === 0
          ? cur
          : {
              past: cur.past.slice(0, -1),
              present: cur.past.at(-1)!,
              future: [cur.present, ...cur.future],
              lastAt: 0,
            },
      ),
    [],
  );
  const redo = useCallback(
    () =>
      setH((cur) =>
        cur.future.length === 0
          ? cur
          : {
              past: [...cur.past, cur.present],
              present: cur.future[0]!,
              future: cur.future.slice(1),
              lastAt: 0,
            },
      ),
    [],
  );
  return { value: h.present, set, undo, redo, canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
}
