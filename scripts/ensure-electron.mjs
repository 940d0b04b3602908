#!/usr/bin/env node
/**
 * Runs before `npm start`, `npm run dev` and `npm run dist`. Electron 45 no longer downloads its binary at
 * install time, and electron-vite only reads node_modules/electron/path.txt (it throws "Electron uninstall"
 * when the file is missing), so the binary is fetched here, once. When it cannot be fetched the user gets
 * one line saying why and where the same app runs without it, never a stack trace.
 *
 * Environment (besides Electron's own ELECTRON_MIRROR, electron_config_cache, …):
 *   PML_ELECTRON_DIR       the electron package to complete (tests point it at a copy)
 *   PML_ELECTRON_STALL_MS  give up when no byte has arrived for this long (default 60 s)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const electronDir = process.env.PML_ELECTRON_DIR ?? dirname(require.resolve('electron/package.json'));
const stallMs = Number(process.env.PML_ELECTRON_STALL_MS) || 60_000;
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

function installed() {
  try {
    const binary = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return existsSync(join(electronDir, 'dist', binary));
  } catch {
    return false;
  }
}

/** fetch() reports "fetch failed"; the cause chain holds what a person can act on (ENOTFOUND github.com). */
function reason(error) {
  let e = error;
  while (e?.cause) e = e.cause;
  if (e instanceof AggregateError && e.errors.length) e = e.errors[0];
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].trim() || 'unknown error';
}

function fail(why) {
  console.error(
    `Public Money Lab: could not download the Electron ${version} binary that \`npm start\` and \`npm run dist\` need (${why}); ` +
      'connect to the internet and retry, or run `npm run web` for the same app in a browser.',
  );
  process.exit(1);
}

if (installed()) process.exit(0);

console.log(`Downloading Electron ${version} for this system (about 100 MB, once)…`);

// Step 1: the download, here, so a failure can be explained. It lands in Electron's own cache...
const resolveFromElectron = createRequire(join(electronDir, 'install.js'));
const { downloadArtifact } = await import(pathToFileURL(resolveFromElectron.resolve('@electron/get')).href);
const abort = new AbortController();
let stall;
const watch = () => {
  clearTimeout(stall);
  stall = setTimeout(() => abort.abort(new Error(`no data for ${stallMs / 1000} s`)), stallMs);
};
watch();
try {
  await downloadArtifact({
    version,
    artifactName: 'electron',
    platform: process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || platform(),
    arch: process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || arch(),
    cacheRoot: process.env.electron_config_cache,
    checksums: JSON.parse(readFileSync(join(electronDir, 'checksums.json'), 'utf8')),
    downloadOptions: { quiet: true, signal: abort.signal, getProgressCallback: watch },
  });
} catch (e) {
  fail(abort.signal.aborted ? reason(abort.signal.reason) : reason(e));
} finally {
  clearTimeout(stall);
}

// Step 2: ...where Electron's installer finds it, unpacks it and writes path.txt as it always has.
const unpack = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
});
if (unpack.status !== 0 || !installed()) {
  const last = (unpack.stderr ?? '').trim().split('\n')[0] || `exit status ${unpack.status}`;
  fail(`unpacking failed: ${last}`);
}
console.log(`Electron ${version} is ready.`);
