/**
 * How long `money-lab --help` and `money-lab presets` take from process start to exit, through the
 * bin and the compiled CLI (issue 9 aims at under 0.5 s; tsx took 2.4–3.6 s). Bare `node -e 0` is
 * printed beside them: on a loaded machine it shows how much of the figure is Node itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = 7;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] as number;
  return `median ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms`;
}

/** Preloaded into each child: its own CPU time at exit, which a busy machine disturbs far less than wall time. */
const REPORT_CPU =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("cpu-us:"+JSON.stringify(process.cpuUsage())))';

function time(args: string[]): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    wall.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const usage = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('cpu-us:') + 7)) as {
      user: number;
      system: number;
    };
    cpu.push((usage.user + usage.system) / 1000);
  }
  return { wall, cpu };
}

function line(label: string, args: string[]): void {
  const { wall, cpu } = time(args);
  console.log(`${label.padEnd(26)} wall ${stats(wall)}; CPU ${stats(cpu)}; n = ${SAMPLES}`);
}

export default function bench() {
  // Measure the bundle built from this source, not a stale one.
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  const bin = join(root, 'bin/money-lab.mjs');
  time([bin, '--help']); // warm the file cache (and Node ≥ 22's compile cache) once
  line('node -e 0 (Node alone):', ['-e', '0']);
  line('money-lab --help:', [bin, '--help']);
  line('money-lab presets:', [bin, 'presets']);
}
