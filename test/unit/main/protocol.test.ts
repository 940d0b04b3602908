import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { CONTENT_SECURITY_POLICY } from '../../../src-main/main/csp';
import {
  APP_ORIGIN,
  contentTypeFor,
  createAppProtocolHandler,
  installAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../../src-main/main/protocol';

describe('CSP', () => {
  it('is the strict policy, directive by directive', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name, ...values] = d.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'worker-src': "'self' blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetchable, without bypassing CSP', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(schemes[0]?.privileges['bypassCSP']).not.toBe(true);
  });

  it('installs the handler for the app scheme', () => {
    installAppProtocol('/tmp/renderer');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('resolveAppPath', () => {
  const root = path.resolve('/srv/renderer');

  it('maps URLs inside the bundle to files inside the root', () => {
    expect(resolveAppPath(root, `${APP_ORIGIN}/index.html`)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, `${APP_ORIGIN}/`)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, `${APP_ORIGIN}/assets/app%20x.js?v=1#h`)).toBe(
      path.join(root, 'assets', 'app x.js'),
    );
  });

  it.each([
    ['percent-encoded dots and slash', `${APP_ORIGIN}/%2e%2e%2fsecret.txt`],
    ['encoded slash after dots', `${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`],
    ['encoded dots inside a segment', `${APP_ORIGIN}/assets/..%2F..%2F..%2Fsecret.txt`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['malformed escape', `${APP_ORIGIN}/%E0%A4%A`],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('keeps whole-segment dot escapes, which the URL parser folds, clamped inside the root', () => {
    expect(resolveAppPath(root, `${APP_ORIGIN}/assets/%2e%2e/%2e%2e/secret.txt`)).toBe(
      path.join(root, 'secret.txt'),
    );
    expect(resolveAppPath(root, `${APP_ORIGIN}/%2E%2E/renderer2/x.js`)).toBe(
      path.join(root, 'renderer2', 'x.js'),
    );
  });
});

describe('contentTypeFor', () => {
  it('serves scripts as JavaScript so module workers load', () => {
    expect(contentTypeFor('a/worker-abc.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/x.MJS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('s.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('m.wasm')).toBe('application/wasm');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('app:// handler', () => {
  let dir: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pml-protocol-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(root, 'assets', 'worker.js'), 'self.onmessage = () => {};');
    await writeFile(path.join(dir, 'secret.txt'), 'TOP SECRET');
    handler = createAppProtocolHandler(root);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves index.html with the CSP header and an HTML type', async () => {
    const res = await handler(new Request(`${APP_ORIGIN}/index.html`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>x</title>');
  });

  it('serves a worker script as text/javascript with its own CSP', async () => {
    const res = await handler(new Request(`${APP_ORIGIN}/assets/worker.js`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not leak a file outside the bundle through encoded traversal', async () => {
    const res = await handler(new Request(`${APP_ORIGIN}/%2e%2e/secret.txt`));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
  });

  it('answers 404 for missing files and directories, 405 for writes', async () => {
    expect((await handler(new Request(`${APP_ORIGIN}/nope.js`))).status).toBe(404);
    expect((await handler(new Request(`${APP_ORIGIN}/assets`))).status).toBe(404);
    expect(
      (await handler(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});
