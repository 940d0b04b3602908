/**
 * The built web renderer (dist-web, from `npm run build:web`) served over http by Vite's preview
 * server and driven in Debian's Chromium through playwright-core. From file:// Chromium would block
 * the module script and the module worker (TOOLCHAIN.md).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const root = resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  url: string;
  context: BrowserContext;
  page: Page;
  downloadsDir: string;
  close(): Promise<void>;
}

export async function openApp(viewport = { width: 1360, height: 900 }): Promise<Session> {
  if (!existsSync(join(root, 'dist-web/index.html')))
    throw new Error('dist-web is missing: run `npm run build:web` first');
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  const server: PreviewServer = await preview({
    configFile: join(root, 'vite.web.config.mts'),
    // The config imports TypeScript (the CSP plugin); Vite's default loader warns about that on every start.
    configLoader: 'runner',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'pml-chromium-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'pml-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return {
    url,
    context,
    page,
    downloadsDir,
    async close() {
      await context.close();
      await new Promise<void>((res) => server.httpServer.close(() => res()));
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
      if (errors.length) console.warn(`browser errors:\n${errors.join('\n')}`);
    },
  };
}
