#!/usr/bin/env node
/**
 * `npm run build:cli` (also part of `npm run build`, and run by `prepare` at install): compiles the CLI
 * into out/cli/ so `money-lab` starts without compiling TypeScript (tsx took 2–4 s per start).
 * Bundled from the entries, so every command main.ts reaches is included with nothing to register.
 * Commands are split into chunks loaded on use; out/cli/ sits two levels below the package root,
 * like src-main/cli/, so paths relative to the code (models/data, assets/fonts) hold in both.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `prepare` runs at every install, including production-only ones where esbuild is absent: there the
// bin says to build instead of the install failing.
const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) {
  console.warn(
    'money-lab: esbuild is not installed, so the command line was not built (`npm run build:cli` after `npm install`)',
  );
  process.exit(process.argv.includes('--if-possible') ? 0 : 1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}out/cli`;

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src-main/cli/index.ts',
    // The worker-thread entry of `run --runs`: pool.ts starts ./run-worker.mjs beside itself.
    'run-worker': 'src-main/cli/run-worker.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Smaller to parse at every start, but names kept so an internal error's stack stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  // resvg is a native addon; write-file-atomic is a runtime dependency that names its own file.
  external: ['@resvg/resvg-js', 'write-file-atomic'],
  // Bundled CommonJS packages call require() for Node's built-ins, which ESM output lacks.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
