/**
 * Menu and keyboard commands reach the active workspace through one channel, whether they come
 * from Electron's application menu or, in a browser, from the keyboard.
 */
import { useEffect, useRef } from 'react';
import type { MenuAction } from '../../platform';

type Listener = (action: MenuAction) => void;
const listeners = new Set<Listener>();

export function dispatchCommand(action: MenuAction): void {
  for (const l of [...listeners]) l(action);
}

/** Subscribe for as long as the component is mounted; the latest handler is always used. */
export function useCommands(handler: Listener): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const l: Listener = (a) => ref.current(a);
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
}

function isTextField(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  return (
    el instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button', 'submit'].includes(el.type)
  );
}

/**
 * From the desktop menu: Undo/Redo while typing in a text field belong to the field (its own text
 * history), everywhere else to the scenario's history.
 */
export function dispatchMenuAction(action: MenuAction): void {
  if ((action === 'undo' || action === 'redo') && isTextField(document.activeElement)) {
    // execCommand is deprecated but remains the only way to reach a field's native undo stack.
    document.execCommand(action);
    return;
  }
  dispatchCommand(action);
}

/** The browser's equivalents of the desktop menu's accelerators. */
export function keyToCommand(e: KeyboardEvent): MenuAction | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  const editing =
    e.target instanceof HTMLElement &&
    /^(input|textarea|select)$/i.test(e.target.tagName) &&
    (e.target as HTMLInputElement).type !== 'range';
  if (k === 'z' && !editing) return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !editing) return 'redo';
  if (k === 's') return 'save-scenario';
  if (k === 'o') return 'open-scenario';
  if (k === '1') return 'show-fiscal';
  if (k === '2') return 'show-textbook';
  if (k === '3') return 'show-economy';
  if (k === '4') return 'show-claims';
  if (k === '5') return 'show-lessons';
  return null;
}
