/**
 * `npm run lint:electron`: Electronegativity 1.10.3 on src-main, kept out of the project's
 * dependency tree (it pulls old eslint and TypeScript), fetched by npx into npm's cache. Fails on
 * any finding of medium severity or higher that .electronegativity.json does not justify.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { judge, parseFindings, validateConfig } from './electronegativity-judge';

const PACKAGE = '@doyensec/electronegativity@1.10.3';
const SCANNED = 'src-main';
const root = resolve(import.meta.dirname, '..');
const say = (line: string) => console.log(`electronegativity: ${line}`);

function fail(line: string): never {
  console.error(`electronegativity: ${line}`);
  process.exit(1);
}

if (process.env.SKIP_ELECTRONEGATIVITY === '1') {
  say('SKIPPED (SKIP_ELECTRONEGATIVITY=1): the Electron security scan did not run');
  process.exit(0);
}

let config;
try {
  config = validateConfig(JSON.parse(readFileSync(join(root, '.electronegativity.json'), 'utf8')));
} catch (e) {
  fail(`.electronegativity.json: ${(e as Error).message}`);
}

// A fresh directory: the tool does not truncate an existing CSV, so old findings could linger.
const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csv = join(dir, 'findings.csv');
try {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const args = ['-y', PACKAGE, '-i', SCANNED, '-o', csv, '-e', config.electronVersion];
  // ~10 s of it is a version check that fails offline; installing takes longer the first time.
  const run = spawnSync(npx, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
    shell: process.platform === 'win32',
  });
  if (run.error || run.status !== 0 || !existsSync(csv)) {
    const why =
      run.error?.message ??
      (run.stderr || run.stdout).trim().split('\n').filter(Boolean).at(-1) ??
      `exit ${run.status}`;
    fail(
      `could not run "npx -y ${PACKAGE}" (${why}). npm must be able to fetch it once (it is then cached); set SKIP_ELECTRONEGATIVITY=1 to skip the scan knowingly.`,
    );
  }
  let findings;
  try {
    // Paths as the project names them (src-main/main/window.ts), whatever form the tool printed.
    findings = parseFindings(readFileSync(csv, 'utf8')).map((f) => ({
      ...f,
      file:
        f.file === 'N/A'
          ? f.file
          : relative(root, isAbsolute(f.file) ? f.file : join(root, SCANNED, f.file)).replace(/\\/g, '/'),
    }));
  } catch (e) {
    fail(`its output could not be read: ${(e as Error).message}`);
  }
  const v = judge(findings, config);
  for (const { finding: f, reason } of v.justified)
    say(`justified ${f.severity} ${f.check} ${f.file}:${f.location} — ${reason}`);
  for (const j of v.stale)
    say(`note: the justification for ${j.check} in ${j.file} matches nothing now; delete it`);
  for (const f of v.unjustified) {
    console.error(
      `electronegativity: ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample} — ${f.description}`,
    );
  }
  const summary = `${findings.length} findings: ${v.unjustified.length} unjustified, ${v.justified.length} justified in .electronegativity.json, ${v.below.length} below medium`;
  if (v.unjustified.length) fail(`${summary}. Fix them, or justify each in .electronegativity.json.`);
  say(summary);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
