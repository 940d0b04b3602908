/** Plane geometry for keeping chart labels off the data: boxes, polylines and their intersections. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Point = readonly [number, number];

/** Whether segment a–b touches the box (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.x0],
    [dx, box.x1 - a[0]],
    [-dy, a[1] - box.y0],
    [dy, box.y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether a polyline (runs of points; a gap starts a new run) passes through the box. */
export function polylineHitsBox(runs: readonly (readonly Point[])[], box: Box): boolean {
  for (const run of runs) {
    if (run.length === 1 && segmentHitsBox(run[0]!, run[0]!, box)) return true;
    for (let i = 1; i < run.length; i++) if (segmentHitsBox(run[i - 1]!, run[i]!, box)) return true;
  }
  return false;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * The points of an SVG path made of M and L commands (what d3.line and the bands write), as runs:
 * each M starts a new run. Used by tests to check labels against what was actually drawn.
 */
export function pathRuns(d: string): Point[][] {
  const runs: Point[][] = [];
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'Z') continue;
    const nums = (m[2] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (m[1] === 'M') runs.push([]);
    const run = runs.at(-1)!;
    for (let i = 0; i + 1 < nums.length; i += 2) run.push([nums[i]!, nums[i + 1]!]);
  }
  return runs;
}
