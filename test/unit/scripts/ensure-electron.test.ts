/** scripts/ensure-electron.mjs, run before `npm start`: fetch Electron's binary once, or say in one line why not. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'scripts/ensure-electron.mjs');

/** A copy of the electron package without its binary (no path.txt), so the real one is never touched. */
function bareElectron(): { dir: string; cache: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'pml-electron-'));
  const dir = join(tmp, 'node_modules/electron');
  mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'install.js', 'checksums.json'])
    copyFileSync(join(root, 'node_modules/electron', f), join(dir, f));
  for (const scope of ['@electron', '@electron-internal'])
    symlinkSync(join(root, 'node_modules', scope), join(tmp, 'node_modules', scope));
  return { dir, cache: join(tmp, 'cache') };
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ensure(env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [script],
      // The timeout is a backstop: the script's own stall timer must end it long before.
      { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 },
      (_err, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

function expectOneClearLine(r: Outcome, why: RegExp): void {
  expect(r.code).toBe(1);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Public Money Lab: could not download the Electron 45\.5\.0 binary/);
  expect(lines[0]).toMatch(why);
  expect(lines[0]).toContain('`npm run web`');
  expect(r.stderr).not.toMatch(/Electron uninstall|\n\s+at /);
}

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});

describe('ensure-electron', () => {
  it('with no binary and no reachable mirror: one line naming the cause and `npm run web`, exit 1', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((r) => server.close(r)); // nothing listens there now: connection refused
    const { dir, cache } = bareElectron();
    const r = await ensure({
      PML_ELECTRON_DIR: dir,
      electron_config_cache: cache,
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
    });
    expectOneClearLine(r, /\(connect ECONNREFUSED 127\.0\.0\.1:\d+\)/);
  });

  it('gives up on a mirror that accepts the connection but never answers, instead of hanging', async () => {
    const silent = createServer(() => {});
    servers.push(silent);
    const port = await listen(silent);
    const { dir, cache } = bareElectron();
    const start = performance.now();
    const r = await ensure({
      PML_ELECTRON_DIR: dir,
      electron_config_cache: cache,
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      PML_ELECTRON_STALL_MS: '500',
    });
    expectOneClearLine(r, /\(no data for 0\.5 s\)/);
    expect(performance.now() - start).toBeLessThan(15_000);
  });

  it('does nothing, without touching the network, when the binary is already there', async () => {
    const { dir, cache } = bareElectron();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const r = await ensure({
      PML_ELECTRON_DIR: dir,
      electron_config_cache: cache,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
