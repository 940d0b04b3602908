/**
 * Recently opened or saved scenarios. A page cannot reopen a file by its path, so the list keeps
 * each scenario's content (a few kB) in localStorage and reopens that copy; the desktop app keeps
 * the same list for its window.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'public-money-lab:recent';
export const MAX_RECENT = 8;

export interface RecentScenario {
  fileName: string;
  model: string;
  name: string;
  /** The scenario JSON as opened or saved. */
  text: string;
  at: string;
}

const listeners = new Set<() => void>();
let cache: RecentScenario[] | null = null;

function load(): RecentScenario[] {
  if (cache) return cache;
  try {
    cache = JSON.parse(localStorage.getItem(KEY) ?? '[]') as RecentScenario[];
  } catch {
    cache = [];
  }
  return cache;
}

export function recentScenarios(): RecentScenario[] {
  return load();
}

/** Newest first; the same file name replaces its older entry. */
export function rememberRecent(fileName: string, scenario: unknown): void {
  const s = scenario as { model?: string; name?: string };
  const entry: RecentScenario = {
    fileName,
    model: String(s.model ?? ''),
    name: String(s.name ?? fileName),
    text: JSON.stringify(scenario, null, 2),
    at: new Date().toISOString(),
  };
  cache = [entry, ...load().filter((r) => r.fileName !== fileName)].slice(0, MAX_RECENT);
  try {
    localStorage.setItem(KEY, JSON.stringify(cache));
  } catch {
    // Storage full or disabled: the list lasts for this session.
  }
  listeners.forEach((l) => l());
}

export function clearRecent(): void {
  cache = [];
  localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function useRecent(): RecentScenario[] {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, load);
}
